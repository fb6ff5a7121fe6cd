/**
 * Offsets and lines. The core speaks in `from`/`to` offsets; lines and columns exist only
 * for output (CLI, JSON) and are computed here, once per text.
 */

/** A 1-based line and column. Columns count UTF-16 units, like Monaco's. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The start offset of every line of a text. */
export interface LineIndex {
  readonly starts: readonly number[];
  readonly length: number;
}

/** Builds the line index of `text`. Lines end at `\n`; a `\r` before it belongs to the line. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return { starts, length: text.length };
}

/** The 1-based line that holds `offset` (an offset at a line's end belongs to that line). */
export function lineAt(index: LineIndex, offset: number): number {
  const { starts } = index;
  let low = 0;
  let high = starts.length - 1;
  const target = Math.max(0, Math.min(offset, index.length));
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= target) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** The 1-based line and column of `offset`. */
export function positionAt(index: LineIndex, offset: number): Position {
  const line = lineAt(index, offset);
  const clamped = Math.max(0, Math.min(offset, index.length));
  return { line, column: clamped - index.starts[line - 1]! + 1 };
}

/** The offset of a 1-based line and column, clamped into the text. */
export function offsetAt(index: LineIndex, position: Position): number {
  const line = Math.max(1, Math.min(position.line, index.starts.length));
  const start = index.starts[line - 1]!;
  const next = line < index.starts.length ? index.starts[line]! - 1 : index.length;
  return Math.max(start, Math.min(start + position.column - 1, next));
}
