/**
 * Variable expansion as BuildKit's shell lexer does it for FROM and `--platform`:
 * `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`,
 * `${VAR:?word}`, `${VAR?word}`, with quotes removed and escapes applied.
 */

/** The result of {@link expandWord}. */
export interface Expansion {
  readonly value: string;
  /** Names that were used but not defined (BuildKit expands them to the empty string). */
  readonly undefinedNames: readonly string[];
  /** Names that were used, defined or not. */
  readonly usedNames: readonly string[];
}

/** Looks up a variable; `undefined` when it is not defined. */
export type VariableLookup = (name: string) => string | undefined;

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * Expands variables in `word`. A name for which `keep` returns true stays as written,
 * which is how platform ARGs such as `$BUILDPLATFORM` are shown before a build picks one.
 */
export function expandWord(
  word: string,
  lookup: VariableLookup,
  escape = '\\',
  keep: (name: string) => boolean = () => false,
): Expansion {
  const undefinedNames: string[] = [];
  const usedNames: string[] = [];
  if (!word.includes('$') && !word.includes('"') && !word.includes("'") && !word.includes(escape)) {
    return { value: word, undefinedNames, usedNames };
  }
  let out = '';
  let at = 0;
  let quote = '';
  while (at < word.length) {
    const ch = word[at]!;
    if (quote === "'") {
      if (ch === "'") quote = '';
      else out += ch;
      at++;
      continue;
    }
    if (ch === "'" && quote === '') {
      quote = "'";
      at++;
      continue;
    }
    if (ch === '"') {
      quote = quote === '"' ? '' : '"';
      at++;
      continue;
    }
    if (ch === escape && at + 1 < word.length) {
      out += word[at + 1];
      at += 2;
      continue;
    }
    if (ch === '$') {
      const expanded = expandDollar(word, at, lookup, escape, keep, undefinedNames, usedNames);
      out += expanded.text;
      at = expanded.next;
      continue;
    }
    out += ch;
    at++;
  }
  return { value: out, undefinedNames, usedNames };
}

function expandDollar(
  word: string,
  at: number,
  lookup: VariableLookup,
  escape: string,
  keep: (name: string) => boolean,
  undefinedNames: string[],
  usedNames: string[],
): { text: string; next: number } {
  const resolve = (name: string): string | undefined => {
    usedNames.push(name);
    const value = lookup(name);
    if (value === undefined && !keep(name)) undefinedNames.push(name);
    return value;
  };
  const next = word[at + 1];
  if (next === '{') {
    const close = findClose(word, at + 2);
    if (close < 0) return { text: word.slice(at), next: word.length };
    const body = word.slice(at + 2, close);
    let nameEnd = 0;
    while (nameEnd < body.length && NAME_CHAR.test(body[nameEnd]!)) nameEnd++;
    const name = body.slice(0, nameEnd);
    const rest = body.slice(nameEnd);
    if (keep(name) && lookup(name) === undefined) {
      usedNames.push(name);
      return { text: word.slice(at, close + 1), next: close + 1 };
    }
    const value = resolve(name);
    const sub = (text: string) => expandWord(text, lookup, escape, keep).value;
    let text = value ?? '';
    if (rest.startsWith(':-')) text = value ? value : sub(rest.slice(2));
    else if (rest.startsWith('-')) text = value !== undefined ? value : sub(rest.slice(1));
    else if (rest.startsWith(':+')) text = value ? sub(rest.slice(2)) : '';
    else if (rest.startsWith('+')) text = value !== undefined ? sub(rest.slice(1)) : '';
    if (value === undefined && (rest.startsWith('-') || rest.startsWith(':-'))) {
      undefinedNames.splice(undefinedNames.lastIndexOf(name), 1);
    }
    return { text, next: close + 1 };
  }
  if (next !== undefined && NAME_START.test(next)) {
    let end = at + 1;
    while (end < word.length && NAME_CHAR.test(word[end]!)) end++;
    const name = word.slice(at + 1, end);
    if (keep(name) && lookup(name) === undefined) {
      usedNames.push(name);
      return { text: word.slice(at, end), next: end };
    }
    return { text: resolve(name) ?? '', next: end };
  }
  return { text: '$', next: at + 1 };
}

function findClose(word: string, from: number): number {
  let depth = 1;
  for (let i = from; i < word.length; i++) {
    if (word[i] === '{') depth++;
    else if (word[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
