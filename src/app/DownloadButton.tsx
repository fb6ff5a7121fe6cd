import { useCallback, useEffect } from 'react';
import { useDocumentStore } from '../store/document-context.ts';
import { downloadText } from './download-text.ts';
import { MOD_KEY } from './mod-key.ts';
import { useLintGate } from './use-lint-gate.ts';
import { useFileSessionStore } from './workspace-context.ts';

/**
 * Saves exactly the editor's text, byte for byte, as `Dockerfile` or the opened file's name
 * (also Ctrl/⌘+S). Errors are listed first, and the user may still go ahead.
 */
export function DownloadButton() {
  const store = useDocumentStore();
  const session = useFileSessionStore();
  const lintGate = useLintGate();

  const download = useCallback(async () => {
    if (!(await lintGate('Download it', 'Download'))) return;
    const text = store.getState().text;
    downloadText(text, session.getState().documentName);
    session.getState().markSaved(text);
  }, [lintGate, session, store]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') {
        // The browser's "save page" would save the app, not the Dockerfile.
        event.preventDefault();
        void download();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [download]);

  return (
    <button type="button" onClick={() => void download()} title={`Download the Dockerfile (${MOD_KEY}S)`}>
      Download Dockerfile
    </button>
  );
}
