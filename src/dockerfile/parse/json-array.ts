/** A string element of a JSON array, in logical-line offsets (quotes included). */
export interface JsonString {
  readonly value: string;
  readonly from: number;
  readonly to: number;
}

/** What BuildKit's `parseJSON` makes of an argument text. */
export type JsonArrayResult =
  | { readonly kind: 'strings'; readonly items: readonly JsonString[] }
  /** Not JSON (or not an array): BuildKit falls back to the shell form. */
  | { readonly kind: 'invalid' }
  /** Valid JSON but not all strings: BuildKit rejects the file. */
  | { readonly kind: 'not-strings' };

const INVALID: JsonArrayResult = { kind: 'invalid' };

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Reads `text[from, to)` as a JSON array of strings, keeping where each string sits.
 * A fast path for the common case; anything else is decided by `JSON.parse`, whose grammar
 * is the one Go's `encoding/json` accepts.
 */
export function parseJsonArray(text: string, from: number, to: number): JsonArrayResult {
  if (text.charCodeAt(from) !== 0x5b) return INVALID;
  const items: JsonString[] = [];
  let at = from + 1;
  while (at < to && isJsonSpace(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) === 0x5d && at < to) {
    at++;
    while (at < to && isJsonSpace(text.charCodeAt(at))) at++;
    return at === to ? { kind: 'strings', items } : INVALID;
  }
  for (;;) {
    while (at < to && isJsonSpace(text.charCodeAt(at))) at++;
    if (at >= to) return INVALID;
    if (text.charCodeAt(at) !== 0x22) return slowPath(text, from, to);
    const item = readString(text, at, to);
    if (item === null) return INVALID;
    items.push(item);
    at = item.to;
    while (at < to && isJsonSpace(text.charCodeAt(at))) at++;
    const next = text.charCodeAt(at);
    if (at < to && next === 0x2c) {
      at++;
      continue;
    }
    if (at < to && next === 0x5d) {
      at++;
      while (at < to && isJsonSpace(text.charCodeAt(at))) at++;
      return at === to ? { kind: 'strings', items } : INVALID;
    }
    return INVALID;
  }
}

function slowPath(text: string, from: number, to: number): JsonArrayResult {
  try {
    const parsed: unknown = JSON.parse(text.slice(from, to));
    return Array.isArray(parsed) ? { kind: 'not-strings' } : INVALID;
  } catch {
    return INVALID;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function readString(text: string, from: number, to: number): JsonString | null {
  let value = '';
  let chunk = from + 1;
  let at = from + 1;
  while (at < to) {
    const code = text.charCodeAt(at);
    if (code === 0x22) {
      value += text.slice(chunk, at);
      return { value, from, to: at + 1 };
    }
    if (code < 0x20) return null;
    if (code === 0x5c) {
      value += text.slice(chunk, at);
      const next = text[at + 1];
      if (next === undefined || at + 1 >= to) return null;
      if (next === 'u') {
        const hex = text.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex) || at + 6 > to) return null;
        value += String.fromCharCode(parseInt(hex, 16));
        at += 6;
      } else {
        const escaped = ESCAPES[next];
        if (escaped === undefined) return null;
        value += escaped;
        at += 2;
      }
      chunk = at;
      continue;
    }
    at++;
  }
  return null;
}
