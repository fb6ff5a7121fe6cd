import { useDocument, useDocumentStore } from '../store/document-context.ts';
import { downloadText } from './download-text.ts';
import { TargetPicker } from './TargetPicker.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Undo, Redo, the target picker and the download. */
export function Toolbar() {
  const store = useDocumentStore();
  const canUndo = useDocument((s) => s.history.undo.length > 0);
  const canRedo = useDocument((s) => s.history.redo.length > 0);
  return (
    <header className="toolbar" role="toolbar" aria-label="Document">
      <span className="brand">Stagewright</span>
      <button type="button" onClick={() => store.getState().undo('toolbar')} disabled={!canUndo} title={`Undo (${MOD}Z)`}>
        Undo
      </button>
      <button type="button" onClick={() => store.getState().redo('toolbar')} disabled={!canRedo} title={`Redo (${MOD}Shift+Z)`}>
        Redo
      </button>
      <TargetPicker />
      <span className="toolbar-spacer" />
      <button type="button" onClick={() => downloadText(store.getState().text, 'Dockerfile')}>
        Download Dockerfile
      </button>
    </header>
  );
}
