import type { editor } from 'monaco-editor/editor';
import type { Change } from '../dockerfile/edits/changes.ts';
import type { LineIndex } from '../dockerfile/text.ts';
import { toOffset } from './monaco-positions.ts';

/**
 * Turns the changes of one Monaco content event into a change set of the store.
 *
 * All changes of one event are ranges in the text *before* the event (Monaco applies a
 * batch bottom-up and reports it in that order), which is exactly what a change set is.
 * `lines` must index that old text. Monaco lists the changes last-first; they are returned
 * first-last so that two insertions at one point keep the order Monaco gave them.
 */
export function changesFromMonaco(changes: readonly editor.IModelContentChange[], lines: LineIndex): Change[] {
  const result: Change[] = [];
  for (let i = changes.length - 1; i >= 0; i--) {
    const { range, text } = changes[i]!;
    const from = toOffset(lines, { lineNumber: range.startLineNumber, column: range.startColumn });
    const to = toOffset(lines, { lineNumber: range.endLineNumber, column: range.endColumn });
    result.push({ from, to, insert: text });
  }
  // Stable, so equal starts keep the order above; a no-op for Monaco's usual order.
  return result.sort((a, b) => a.from - b.from);
}
