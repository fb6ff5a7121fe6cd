import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';
import { monaco } from './monaco-setup.ts';

/**
 * Undo and redo in the editor go to the store's history, the same one the canvas and the
 * toolbar use; Monaco's own undo stack is never consulted.
 *
 * Editor actions registered later win over Monaco's built-in keybindings. The keys mirror
 * the app's global shortcuts: Ctrl or Cmd with Z, Shift+Z or Y.
 */
export function bindHistoryKeys({ editor, store }: EditorBindingContext): EditorBinding {
  const { KeyMod, KeyCode } = monaco;
  const undo = editor.addAction({
    id: 'stagewright.undo',
    label: 'Undo',
    keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ, KeyMod.WinCtrl | KeyCode.KeyZ],
    run: () => store.getState().undo('editor'),
  });
  const redo = editor.addAction({
    id: 'stagewright.redo',
    label: 'Redo',
    keybindings: [
      KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ,
      KeyMod.WinCtrl | KeyMod.Shift | KeyCode.KeyZ,
      KeyMod.CtrlCmd | KeyCode.KeyY,
      KeyMod.WinCtrl | KeyCode.KeyY,
    ],
    run: () => store.getState().redo('editor'),
  });
  return {
    dispose() {
      undo.dispose();
      redo.dispose();
    },
  };
}
