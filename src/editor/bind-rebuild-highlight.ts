import type { editor } from 'monaco-editor/editor';
import { rebuildSet } from '../dockerfile/teach/rebuild-set.ts';
import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';
import { toMonacoRange } from './monaco-positions.ts';
import './rebuild-highlight.css';

/** The whole-line class of the instructions a change at the cursor would rebuild (rebuild-highlight.css). */
export const REBUILD_LINE_CLASS = 'sw-rebuild-line';
/** The whole-line class of the instruction under the cursor, where the rebuild starts. */
export const REBUILD_ORIGIN_CLASS = 'sw-rebuild-origin';

/**
 * The cache story in the editor: with the cursor on an instruction, the later instructions of
 * its stage are tinted, because a change to it invalidates their layer cache. (The stages
 * that depend on the stage are marked on the canvas.) The latest analysis places them, as
 * the cursor is an offset into the latest text.
 */
export function bindRebuildHighlight({ editor: codeEditor, store }: EditorBindingContext): EditorBinding {
  const decorations = codeEditor.createDecorationsCollection();
  let shownFor: { analysis: unknown; cursor: number | null } = { analysis: null, cursor: null };
  const update = () => {
    const { analysis, cursor } = store.getState();
    if (shownFor.analysis === analysis && shownFor.cursor === cursor) return;
    shownFor = { analysis, cursor };
    const set = cursor === null ? null : rebuildSet(analysis, cursor);
    if (set === null) {
      decorations.clear();
      return;
    }
    const lines = analysis.lines;
    // `to - 1`: an instruction that ends with its line break must not tint the next line.
    const wholeLines = (from: number, to: number) => toMonacoRange(lines, from, Math.max(from, to - 1));
    const origin = wholeLines(set.instruction.from, set.instruction.to);
    const line = origin.startLineNumber;
    const items: editor.IModelDeltaDecoration[] = [
      { range: origin, options: { isWholeLine: true, className: REBUILD_ORIGIN_CLASS } },
      ...set.laterInstructions.map((instruction) => ({
        range: wholeLines(instruction.from, instruction.to),
        options: {
          isWholeLine: true,
          className: REBUILD_LINE_CLASS,
          hoverMessage: { value: `Rebuilt when line ${line} changes: its layer cache depends on every instruction before it.` },
        },
      })),
    ];
    decorations.set(items);
  };
  update();
  const unsubscribe = store.subscribe(update);
  return {
    dispose() {
      unsubscribe();
      decorations.clear();
    },
  };
}
