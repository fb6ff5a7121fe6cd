import { isTokenSpace, isUnicodeSpace, skipSpaces, trimSpacesEnd } from '../chars.ts';

/** A flag word found by BuildKit's `extractBuilderFlags`, in the offsets of the text read. */
export interface FlagWord {
  /** The word with quotes and backslash escapes processed (`--from=build`). */
  readonly word: string;
  readonly from: number;
  readonly to: number;
  /** Offset of the first `=`, or -1. */
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

/** {@link CommandSplitter.scanFlags} found the first argument word; `argsFrom` is set. */
export const SCAN_ARGS = 0;
/** The text ran out between words: a following piece of the line goes on looking for flags. */
const SCAN_BETWEEN_WORDS = 1;
/** The text ran out inside a word: only the joined line can tell where that word ends. */
export const SCAN_IN_WORD = 2;
type ScanEnd = typeof SCAN_ARGS | typeof SCAN_BETWEEN_WORDS | typeof SCAN_IN_WORD;

const PHASE_SPACES = 0;
const PHASE_WORD = 1;
const PHASE_QUOTE = 2;

/**
 * BuildKit's `splitCommand` and `extractBuilderFlags`, with results in fields so that a call
 * allocates nothing unless a flag holds quotes or escapes. The parser runs it on every
 * instruction; objects per call would be most of a large file's garbage.
 *
 * Flags are kept as (from, to, equals) triples and their processed words; a `null` word
 * means the word is the text between `from` and `to` as written.
 */
export class CommandSplitter {
  keywordFrom = 0;
  keywordTo = 0;
  argsFrom = 0;
  argsTo = 0;
  flagCount = 0;
  private readonly bounds: number[] = [];
  private readonly words: (string | null)[] = [];

  /**
   * BuildKit's `splitCommand` over `line[from, to)`: trims, cuts the keyword at the first
   * `[\t\v\f\r ]`, then reads leading `--flags`.
   */
  split(line: string, from: number, to: number): void {
    const start = skipSpaces(line, from, to);
    const end = trimSpacesEnd(line, start, to);
    const keywordTo = this.readKeyword(line, start, end);
    this.argsTo = end;
    if (keywordTo === end) {
      this.argsFrom = end;
      return;
    }
    // extractBuilderFlags starts by skipping Unicode spaces, which include the token spaces.
    this.scanFlags(line, keywordTo, end, true);
    this.argsFrom = skipSpaces(line, this.argsFrom, end);
  }

  /**
   * {@link split} for a continued line given as its pieces (`from, to` pairs in `line`, the
   * text BuildKit joins), read in place: offsets are the pieces' own, and no joined string is
   * built. Returns false, with nothing read, when a word runs from one piece into the next;
   * only the joined line can tell where such a word ends. `argsFrom` and `argsTo` are not set.
   */
  splitPieces(line: string, pieces: readonly number[]): boolean {
    const last = pieces.length - 2;
    const firstTo = pieces[1]!;
    const keywordTo = this.readKeyword(line, pieces[0]!, firstTo);
    // The keyword must end inside the first piece, and the line must not end in spaces only
    // (then BuildKit's trim would reach back into earlier pieces).
    if (keywordTo === firstTo) return false;
    const lastTo = trimSpacesEnd(line, pieces[last]!, pieces[last + 1]!);
    if (lastTo === pieces[last]) return false;
    for (let i = 0; i <= last; i += 2) {
      const ended = this.scanFlags(line, i === 0 ? keywordTo : pieces[i]!, i === last ? lastTo : pieces[i + 1]!, i === last);
      if (ended === SCAN_ARGS) return true;
      if (ended === SCAN_IN_WORD) return false;
    }
    return true;
  }

  /** Skips leading spaces, cuts the keyword at the first `[\t\v\f\r ]`, clears the flags. */
  private readKeyword(line: string, from: number, to: number): number {
    const start = skipSpaces(line, from, to);
    let keywordTo = start;
    while (keywordTo < to && !isTokenSpace(line.charCodeAt(keywordTo))) keywordTo++;
    this.keywordFrom = start;
    this.keywordTo = keywordTo;
    this.flagCount = 0;
    return keywordTo;
  }

  /**
   * BuildKit's `extractBuilderFlags` over `line[from, to)`: words that start with `--`, until
   * the first word that does not or a lone `--`. Quotes group, and `\` escapes (always a
   * backslash, whatever the escape directive says, because BuildKit hard-codes it).
   *
   * With `last`, the text is the whole rest of the line: a word cut by its end is a flag and
   * `argsFrom` becomes `to`. Without it, the text is one piece of a continued line, and the
   * result says whether the next piece can carry on (the piece ended between words) or not.
   */
  scanFlags(line: string, from: number, to: number, last: boolean): ScanEnd {
    let phase = PHASE_SPACES;
    // The processed word is `word` plus the text from `chunk` to here; `word` holds only what
    // came before a quote or an escape (at least the leading `--`, so it is empty exactly
    // while the word is plain), and a plain flag builds no string at all.
    let word = '';
    let chunk = from;
    let wordFrom = from;
    let equals = -1;
    let quote = 0;
    for (let pos = from; pos <= to; pos++) {
      const ch = pos < to ? line.charCodeAt(pos) : -1;
      if (phase === PHASE_SPACES) {
        if (pos === to) {
          this.argsFrom = to;
          return last ? SCAN_ARGS : SCAN_BETWEEN_WORDS;
        }
        if (isUnicodeSpace(ch)) continue;
        if (ch !== 0x2d || pos + 1 === to || line.charCodeAt(pos + 1) !== 0x2d) {
          // A `-` that ends a piece may be the start of `--` with the next piece.
          if (!last && ch === 0x2d && pos + 1 === to) return SCAN_IN_WORD;
          this.argsFrom = pos;
          return SCAN_ARGS;
        }
        phase = PHASE_WORD;
        wordFrom = pos;
        chunk = pos;
        word = '';
        equals = -1;
      }
      if (pos === to) {
        if (!last) return SCAN_IN_WORD;
        this.endWord(line, word, chunk, wordFrom, pos, equals);
        this.argsFrom = to;
        return SCAN_ARGS;
      }
      if (phase === PHASE_WORD) {
        if (isUnicodeSpace(ch)) {
          phase = PHASE_SPACES;
          if (!this.endWord(line, word, chunk, wordFrom, pos, equals)) {
            this.argsFrom = pos;
            return SCAN_ARGS;
          }
          continue;
        }
        if (ch === 0x27 || ch === 0x22) {
          word += line.slice(chunk, pos);
          chunk = pos + 1;
          quote = ch;
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
    this.argsFrom = to;
    return SCAN_ARGS;
  }

  /** The processed text of flag `index`. */
  word(line: string, index: number): string {
    return this.words[index] ?? line.slice(this.bounds[index * 3]!, this.bounds[index * 3 + 1]!);
  }

  flagFrom(index: number): number {
    return this.bounds[index * 3]!;
  }

  flagTo(index: number): number {
    return this.bounds[index * 3 + 1]!;
  }

  flagEquals(index: number): number {
    return this.bounds[index * 3 + 2]!;
  }

  /** The flags as objects, for callers that keep them. */
  flagWords(line: string): FlagWord[] {
    const flags: FlagWord[] = [];
    for (let i = 0; i < this.flagCount; i++) {
      flags.push({ word: this.word(line, i), from: this.flagFrom(i), to: this.flagTo(i), equals: this.flagEquals(i) });
    }
    return flags;
  }

  /**
   * Ends a word at `pos` and keeps it as a flag. Returns false for a lone `--`, which ends the
   * flags. (BuildKit also drops an empty word unless it was quoted; a word that starts with
   * `--` is never empty.)
   */
  private endWord(line: string, word: string, chunk: number, wordFrom: number, pos: number, equals: number): boolean {
    // A plain word is `line[wordFrom, pos)`, which starts with `--`: it is `--` when two long.
    const text = word === '' ? null : word + line.slice(chunk, pos);
    if (text === null ? pos - wordFrom === 2 : text === '--') return false;
    const at = this.flagCount++;
    this.bounds[at * 3] = wordFrom;
    this.bounds[at * 3 + 1] = pos;
    this.bounds[at * 3 + 2] = equals;
    this.words[at] = text;
    return true;
  }

}

const SPLITTER = new CommandSplitter();

/** {@link CommandSplitter.split} with its result as an object, for callers that keep it. */
export function splitCommand(line: string, from: number, to: number): SplitCommand {
  SPLITTER.split(line, from, to);
  return {
    keywordFrom: SPLITTER.keywordFrom,
    keywordTo: SPLITTER.keywordTo,
    flags: SPLITTER.flagCount === 0 ? [] : SPLITTER.flagWords(line),
    argsFrom: SPLITTER.argsFrom,
    argsTo: SPLITTER.argsTo,
  };
}
