import { useEffect } from 'react';
import type { DocumentStore } from '../store/document-store.ts';

/**
 * Undo and redo from anywhere outside the editor (the editor binds its own keys, so
 * its undo also goes to the store). Inputs keep their own undo.
 */
export function useGlobalShortcuts(store: DocumentStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('.monaco-editor, input, textarea, select, [contenteditable="true"]')) return;
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.getState().undo('toolbar');
      else if ((key === 'z' && event.shiftKey) || key === 'y') store.getState().redo('toolbar');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
