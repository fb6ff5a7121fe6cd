import { isUnicodeSpace } from '../chars.ts';

/** A heredoc announced in an instruction line, in logical-line offsets. */
export interface HeredocWord {
  readonly name: string;
  readonly fd: number | null;
  readonly chomp: boolean;
  readonly expand: boolean;
  readonly from: number;
  readonly to: number;
}

interface ShellWord {
  readonly value: string;
  readonly from: number;
  readonly to: number;
}

/**
 * The subset of BuildKit's shell lexer that heredoc detection relies on: words split on
 * unquoted spaces, quotes and backslash escapes either kept (`raw`) or processed. Variables
 * are left as written, as BuildKit does with `SkipUnsetEnv` and no environment. Returns
 * `null` where BuildKit's lexer fails (an unclosed quote), which means "no heredocs".
 */
function shellWords(
  text: string,
  from: number,
  to: number,
  rawQuotes: boolean,
  rawEscapes: boolean,
): ShellWord[] | null {
  const words: ShellWord[] = [];
  let at = from;
  while (at < to) {
    while (at < to && isUnicodeSpace(text.charCodeAt(at))) at++;
    if (at >= to) break;
    const start = at;
    let value = '';
    while (at < to) {
      const ch = text[at]!;
      if (isUnicodeSpace(text.charCodeAt(at))) break;
      if (ch === "'") {
        const close = text.indexOf("'", at + 1);
        if (close < 0 || close >= to) return null;
        value += rawQuotes ? text.slice(at, close + 1) : text.slice(at + 1, close);
        at = close + 1;
      } else if (ch === '"') {
        if (rawQuotes) value += '"';
        at++;
        let closed = false;
        while (at < to) {
          const inner = text[at]!;
          if (inner === '"') {
            closed = true;
            at++;
            break;
          }
          if (inner === '\\' && at + 1 < to && '"\\$`'.includes(text[at + 1]!)) {
            value += rawEscapes ? text.slice(at, at + 2) : text[at + 1]!;
            at += 2;
            continue;
          }
          value += inner;
          at++;
        }
        if (!closed) return null;
        if (rawQuotes) value += '"';
      } else if (ch === '\\') {
        if (at + 1 < to) {
          value += rawEscapes ? text.slice(at, at + 2) : text[at + 1]!;
          at += 2;
        } else {
          if (rawEscapes) value += ch;
          at++;
        }
      } else {
        value += ch;
        at++;
      }
    }
    words.push({ value, from: start, to: at });
  }
  return words;
}

const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;

function countQuotes(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x27 || ch === 0x22) count++;
  }
  return count;
}

/**
 * BuildKit's `heredocsFromLine`: every word of the whole logical line that reads
 * `[fd]<<[-]WORD`. The word's name has its quotes removed; any quoting turns expansion off.
 */
export function heredocsFromLine(text: string, from: number, to: number): HeredocWord[] {
  const words = shellWords(text, from, to, true, true);
  if (words === null) return [];
  const heredocs: HeredocWord[] = [];
  for (const word of words) {
    if (!word.value.includes('<<')) continue;
    const match = HEREDOC_WORD.exec(word.value);
    if (match === null) continue;
    const rest = match[3]!;
    if (rest.length === 0) continue;
    const processed = shellWords(rest, 0, rest.length, false, false);
    if (processed === null || processed.length !== 1) continue;
    const raw = shellWords(rest, 0, rest.length, true, false);
    if (raw === null || raw.length !== 1) continue;
    const name = processed[0]!.value;
    heredocs.push({
      name,
      fd: match[1] === '' ? null : Number(match[1]),
      chomp: match[2] === '-',
      expand: countQuotes(name) === countQuotes(raw[0]!.value),
      from: word.from,
      to: word.to,
    });
  }
  return heredocs;
}
