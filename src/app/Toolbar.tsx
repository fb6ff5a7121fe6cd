import { useDocument, useDocumentStore } from '../store/document-context.ts';
import { DownloadButton } from './DownloadButton.tsx';
import { ExamplesMenu } from './ExamplesMenu.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { NewButton } from './NewButton.tsx';
import { OpenButton } from './OpenButton.tsx';
import { ShareMenu } from './ShareMenu.tsx';
import { TargetPicker } from './TargetPicker.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** New, Open, Examples, Undo, Redo, the target picker, and the ways out: download, share, export. */
export function Toolbar() {
  const store = useDocumentStore();
  const canUndo = useDocument((s) => s.history.undo.length > 0);
  const canRedo = useDocument((s) => s.history.redo.length > 0);
  return (
    <header className="toolbar" role="toolbar" aria-label="Document">
      <span className="brand">Stagewright</span>
      <NewButton />
      <OpenButton />
      <ExamplesMenu />
      <span className="toolbar-separator" aria-hidden="true" />
      <button type="button" onClick={() => store.getState().undo('toolbar')} disabled={!canUndo} title={`Undo (${MOD}Z)`}>
        Undo
      </button>
      <button type="button" onClick={() => store.getState().redo('toolbar')} disabled={!canRedo} title={`Redo (${MOD}Shift+Z)`}>
        Redo
      </button>
      <TargetPicker />
      <span className="toolbar-spacer" />
      <DownloadButton />
      <ShareMenu />
      <ExportMenu />
    </header>
  );
}
