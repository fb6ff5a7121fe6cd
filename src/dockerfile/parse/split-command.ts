import { isTokenSpace, isUnicodeSpace, skipSpaces, trimSpacesEnd } from '../chars.ts';

/** A flag word found by {@link extractBuilderFlags}, in logical-line offsets. */
export interface FlagWord {
  /** The word with quotes and backslash escapes processed (`--from=build`). */
  readonly word: string;
  readonly from: number;
  readonly to: number;
  /** Logical offset of the first `=`, or -1. */
  readonly equals: number;
}

/** The keyword, flags and argument bounds of one logical line. */
export interface SplitCommand {
  readonly keywordFrom: number;
  readonly keywordTo: number;
  readonly flags: readonly FlagWord[];
  /** The trimmed arguments after the flags; `argsFrom === argsTo` when there are none. */
  readonly argsFrom: number;
  readonly argsTo: number;
}

/**
 * BuildKit's `splitCommand` over `line[from, to)`: trims, cuts the keyword at the first
 * `[\t\v\f\r ]`, then reads leading `--flags`.
 */
export function splitCommand(line: string, from: number, to: number): SplitCommand {
  const start = skipSpaces(line, from, to);
  const end = trimSpacesEnd(line, start, to);
  let keywordTo = start;
  while (keywordTo < end && !isTokenSpace(line.charCodeAt(keywordTo))) keywordTo++;
  if (keywordTo === end) {
    return { keywordFrom: start, keywordTo, flags: [], argsFrom: end, argsTo: end };
  }
  let rest = keywordTo;
  while (rest < end && isTokenSpace(line.charCodeAt(rest))) rest++;
  const { flags, argsFrom } = extractBuilderFlags(line, rest, end);
  const argsStart = skipSpaces(line, argsFrom, end);
  return { keywordFrom: start, keywordTo, flags, argsFrom: argsStart, argsTo: end };
}

const PHASE_SPACES = 0;
const PHASE_WORD = 1;
const PHASE_QUOTE = 2;

/**
 * BuildKit's `extractBuilderFlags`: words that start with `--`, until the first word that
 * does not or a lone `--`. Quotes group, and `\` escapes (always a backslash here, whatever
 * the escape directive says, because BuildKit hard-codes it).
 */
export function extractBuilderFlags(
  line: string,
  from: number,
  to: number,
): { flags: FlagWord[]; argsFrom: number } {
  const flags: FlagWord[] = [];
  let phase = PHASE_SPACES;
  // The word is the source text between `chunk` and `pos`, plus `word` for what came before
  // a quote or escape. Building it character by character would make a rope per flag.
  let word = '';
  let chunk = from;
  let wordFrom = from;
  let equals = -1;
  let quote = 0;
  let blankOk = false;
  for (let pos = from; pos <= to; pos++) {
    const ch = pos < to ? line.charCodeAt(pos) : -1;
    if (phase === PHASE_SPACES) {
      if (pos === to) break;
      if (isUnicodeSpace(ch)) continue;
      if (ch !== 0x2d || pos + 1 === to || line.charCodeAt(pos + 1) !== 0x2d) {
        return { flags, argsFrom: pos };
      }
      phase = PHASE_WORD;
      wordFrom = pos;
      chunk = pos;
      word = '';
      equals = -1;
    }
    if (pos === to) {
      const text = word + line.slice(chunk, pos);
      if (text !== '--' && (blankOk || text.length > 0)) flags.push({ word: text, from: wordFrom, to: pos, equals });
      break;
    }
    if (phase === PHASE_WORD) {
      if (isUnicodeSpace(ch)) {
        phase = PHASE_SPACES;
        const text = word + line.slice(chunk, pos);
        if (text === '--') return { flags, argsFrom: pos };
        if (blankOk || text.length > 0) flags.push({ word: text, from: wordFrom, to: pos, equals });
        blankOk = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        word += line.slice(chunk, pos);
        chunk = pos + 1;
        quote = ch;
        blankOk = true;
        phase = PHASE_QUOTE;
        continue;
      }
      if (ch === 0x5c) {
        word += line.slice(chunk, pos);
        chunk = pos + 1;
        if (pos + 1 === to) continue;
        pos++;
        if (line.charCodeAt(pos) === 0x3d && equals < 0) equals = pos;
        continue;
      }
      if (ch === 0x3d && equals < 0) equals = pos;
      continue;
    }
    // PHASE_QUOTE
    if (ch === quote) {
      word += line.slice(chunk, pos);
      chunk = pos + 1;
      phase = PHASE_WORD;
      continue;
    }
    if (ch === 0x5c) {
      word += line.slice(chunk, pos);
      chunk = pos + 1;
      if (pos + 1 === to) {
        phase = PHASE_WORD;
        continue;
      }
      pos++;
      if (line.charCodeAt(pos) === 0x3d && equals < 0) equals = pos;
      continue;
    }
    if (ch === 0x3d && equals < 0) equals = pos;
  }
  return { flags, argsFrom: to };
}
