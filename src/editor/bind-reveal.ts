import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';
import { toMonacoPosition, toMonacoRange } from './monaco-positions.ts';

/**
 * Serves the store's reveal requests (a stage picked on the canvas, a problem picked in a
 * list): scroll the range into view if it is not, put the cursor where asked, and focus the
 * editor when the request says so. Requests made before the editor existed are not replayed; the `seq` tells a new
 * request for the same range from the one already served.
 */
export function bindReveal({ editor, store }: EditorBindingContext): EditorBinding {
  let served = store.getState().reveal?.seq ?? null;
  const unsubscribe = store.subscribe(() => {
    const { reveal, analysis } = store.getState();
    if (reveal === null || reveal.seq === served) return;
    served = reveal.seq;
    editor.revealRangeInCenterIfOutsideViewport(toMonacoRange(analysis.lines, reveal.from, reveal.to));
    const cursor = toMonacoPosition(analysis.lines, reveal.cursor);
    editor.setPosition(cursor);
    // A range taller than the view is shown from its top, but make sure of the cursor.
    editor.revealPositionInCenterIfOutsideViewport(cursor);
    if (reveal.focusEditor) editor.focus();
  });
  return { dispose: unsubscribe };
}
