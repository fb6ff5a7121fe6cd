import type { Instruction, Range } from '../../../ast.ts';
import type { LexOptions } from '../../../shell-lex.ts';

/**
 * A word as BuildKit's builder sees it, with the way back to the source: positions found
 * inside `text` (a variable, a protocol) become source ranges through `range`.
 *
 * Continuation lines make this necessary: BuildKit works on the logical line, where the
 * pieces of an instruction are joined, while diagnostics point into the source.
 */
export interface SourceWord {
  readonly text: string;
  /** The source range of `text[from, to)`; the whole word's range when it cannot be mapped. */
  range(from: number, to: number): Range;
  /** The source range of the whole word. */
  readonly whole: Range;
}

/** A word that gets expanded, with how its variables are read (escape, quotes). */
export interface ExpandedWord {
  readonly word: SourceWord;
  readonly options: LexOptions;
}

/**
 * How BuildKit reads an unquoted heredoc body: a backslash escape, and quotes are literal
 * text, so `it's $V` expands `$V`.
 */
export const HEREDOC_BODY_LEX: LexOptions = { escape: '\\', skipQuotes: true };

interface Piece {
  readonly logical: number;
  readonly from: number;
  readonly to: number;
}

function pieces(instruction: Instruction): Piece[] {
  const out: Piece[] = [];
  let logical = 0;
  for (const segment of instruction.segments) {
    out.push({ logical, from: segment.from, to: segment.to });
    logical += segment.to - segment.from;
  }
  return out;
}

/** The logical offset of a source offset inside the instruction's segments. */
function toLogical(list: readonly Piece[], source: number): number {
  for (const piece of list) {
    if (source <= piece.to) return piece.logical + Math.max(0, source - piece.from);
  }
  const last = list[list.length - 1]!;
  return last.logical + last.to - last.from;
}

/** The source offset of the character at a logical offset. */
function toSource(list: readonly Piece[], logical: number): number {
  for (let i = list.length - 1; i >= 0; i--) {
    const piece = list[i]!;
    if (logical >= piece.logical) return piece.from + logical - piece.logical;
  }
  return list[0]!.from;
}

/**
 * The word at `whole` (a source range of one of the instruction's arguments, flags or
 * key/values). `value` is the word BuildKit uses: when it equals the source text (shell
 * form) or the source text less its JSON quotes, positions map exactly; otherwise (JSON
 * escapes) every position maps to the whole word.
 */
export function sourceWord(instruction: Instruction, whole: Range, value?: string): SourceWord {
  const list = pieces(instruction);
  const logicalFrom = toLogical(list, whole.from);
  const logicalTo = toLogical(list, whole.to);
  const raw = instruction.logical.slice(logicalFrom, logicalTo);
  const text = value ?? raw;
  let shift: number | null = null;
  if (text === raw) shift = 0;
  else if (raw === `"${text}"`) shift = 1;
  const range = (from: number, to: number): Range => {
    if (shift === null) return whole;
    const start = logicalFrom + shift + from;
    const end = logicalFrom + shift + to;
    return { from: toSource(list, start), to: end > start ? toSource(list, end - 1) + 1 : toSource(list, start) };
  };
  return { text, range, whole };
}

/** A word that lies in one stretch of source (a heredoc body): positions map directly. */
export function plainWord(source: string, whole: Range): SourceWord {
  return {
    text: source.slice(whole.from, whole.to),
    range: (from, to) => ({ from: whole.from + from, to: whole.from + to }),
    whole,
  };
}
