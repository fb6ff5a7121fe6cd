import { useEffect } from 'react';
import { isQuotaError, startAutosave } from '../io/autosave.ts';
import type { Workspace } from '../io/open-workspace.ts';
import { browserStorage } from '../io/open-workspace.ts';
import { showNotice } from './notices.ts';

/**
 * Keeps the document, positions and settings in localStorage. A failed write (quota full)
 * says so once, without interrupting: the document stays open and editable, and a later
 * write that succeeds says so too.
 */
export function useAutosave({ store, session }: Pick<Workspace, 'store' | 'session'>): void {
  useEffect(() => {
    const storage = browserStorage();
    if (storage === null) return;
    const autosave = startAutosave(store, session, storage, {
      onError: (error) =>
        showNotice(
          isQuotaError(error)
            ? 'Autosave paused: the browser’s storage for this site is full. Your work is still open; download it to keep it.'
            : 'Autosave paused: the browser refused to store the document. Download it to keep it.',
          'error',
        ),
      onRecovered: () => showNotice('Autosave works again'),
    });
    // Leaving within the debounce delay must not lose the last edits.
    const onPageHide = () => autosave.flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      autosave.flush();
      autosave.stop();
    };
  }, [store, session]);
}
