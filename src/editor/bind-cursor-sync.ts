import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';
import { monaco } from './monaco-setup.ts';
import { toOffset } from './monaco-positions.ts';

/**
 * Reports the editor's cursor to the store (`setCursor`), which selects the stage under it
 * so the canvas can highlight it.
 *
 * Cursor moves that only follow an edit made elsewhere (Monaco "recovers" the cursor from
 * the edited text) are not reported: the store already mapped its cursor through that
 * change, and reporting would overwrite the stage that a canvas gesture just selected.
 */
export function bindCursorSync({ editor, store }: EditorBindingContext): EditorBinding {
  const { CursorChangeReason } = monaco.editor;
  const listener = editor.onDidChangeCursorPosition((event) => {
    if (event.reason === CursorChangeReason.RecoverFromMarkers || event.reason === CursorChangeReason.ContentFlush) return;
    const state = store.getState();
    const offset = toOffset(state.analysis.lines, event.position);
    if (offset !== state.cursor) state.setCursor(offset);
  });
  return { dispose: () => listener.dispose() };
}
