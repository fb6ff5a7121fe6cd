import { isTokenSpace, isUnicodeSpace } from '../chars.ts';

/** A word in logical-line offsets. */
export interface Word {
  readonly value: string;
  readonly from: number;
  readonly to: number;
}

/**
 * BuildKit's `parseWords` (ARG, ENV, LABEL): splits on spaces outside quotes and keeps the
 * quotes and escapes in the words, so each word is the source text itself, less an escape
 * character left dangling at the very end.
 */
export function parseWords(line: string, from: number, to: number, escape: number): Word[] {
  const words: Word[] = [];
  let inWord = false;
  let quote = 0;
  let blankOk = false;
  let wordFrom = from;
  let droppedLast = false;
  const push = (end: number) => {
    const textEnd = droppedLast ? end - 1 : end;
    if (blankOk || textEnd > wordFrom) words.push({ value: line.slice(wordFrom, textEnd), from: wordFrom, to: end });
  };
  for (let pos = from; pos < to; pos++) {
    const ch = line.charCodeAt(pos);
    if (!inWord) {
      if (isUnicodeSpace(ch)) continue;
      inWord = true;
      quote = 0;
      blankOk = false;
      wordFrom = pos;
    }
    if (quote === 0) {
      if (isUnicodeSpace(ch)) {
        push(pos);
        inWord = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOk = true;
      } else if (ch === escape) {
        if (pos + 1 === to) droppedLast = true;
        else pos++;
      }
      continue;
    }
    if (ch === quote) {
      quote = 0;
      continue;
    }
    if (ch === escape && quote !== 0x27) {
      if (pos + 1 === to) {
        quote = 0;
        droppedLast = true;
      } else pos++;
    }
  }
  if (inWord) push(to);
  return words;
}

/** BuildKit's `reWhitespace.Split(rest, -1)` over an already trimmed range. */
export function splitOnWhitespace(line: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let start = from;
  let at = from;
  while (at < to) {
    if (isTokenSpace(line.charCodeAt(at))) {
      words.push({ value: line.slice(start, at), from: start, to: at });
      while (at < to && isTokenSpace(line.charCodeAt(at))) at++;
      start = at;
    } else at++;
  }
  words.push({ value: line.slice(start, to), from: start, to });
  return words;
}
