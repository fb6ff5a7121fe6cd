/**
 * The one place where Monaco's 1-based line numbers and columns meet the document's offsets.
 *
 * Positions are converted through the store's {@link LineIndex} of the text, not through the
 * Monaco model's own offsets. The two agree when the file uses one line ending throughout;
 * when a file mixes `\r\n` and `\n`, Monaco normalises the model to one line ending, so its
 * offsets drift from the document's while its lines and columns still match line for line.
 */
import type { IPosition, IRange } from 'monaco-editor/editor';
import { offsetAt, positionAt, type LineIndex } from '../dockerfile/text.ts';

/** The Monaco position of `offset` in the text that `lines` indexes. */
export function toMonacoPosition(lines: LineIndex, offset: number): IPosition {
  const { line, column } = positionAt(lines, offset);
  return { lineNumber: line, column };
}

/** The Monaco range of `[from, to)` in the text that `lines` indexes. */
export function toMonacoRange(lines: LineIndex, from: number, to: number): IRange {
  const start = toMonacoPosition(lines, from);
  const end = toMonacoPosition(lines, to);
  return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
}

/**
 * The offset of a Monaco position. A column at the end of a `\r\n` line lands before the
 * `\r` (Monaco's lines never contain it), so edits there keep the line ending whole.
 */
export function toOffset(lines: LineIndex, position: IPosition): number {
  return offsetAt(lines, { line: position.lineNumber, column: position.column });
}
