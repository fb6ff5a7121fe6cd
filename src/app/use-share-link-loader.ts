import { useEffect } from 'react';
import { DEFAULT_DOCUMENT_NAME, hasUnsavedWork } from '../io/file-session.ts';
import { replaceDocument, type Workspace } from '../io/open-workspace.ts';
import { decodeShareFragment, sharePayload } from '../io/share-link.ts';
import { askToConfirm } from './confirm-request.ts';
import { showNotice } from './notices.ts';

/** Takes the `#df=` fragment off the address, so a reload shows the autosaved document. */
function clearShareFragment(): void {
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(window.history.state, '', url.toString());
}

/**
 * Opens the Dockerfile a share link carries: on start, and when a link is pasted into the
 * address bar of an open tab (`hashchange`). Asks first if it would replace unsaved work.
 */
export function useShareLinkLoader({ store, session }: Pick<Workspace, 'store' | 'session'>): void {
  useEffect(() => {
    let disposed = false;
    const loadFromHash = async () => {
      const hash = window.location.hash;
      if (sharePayload(hash) === null) return;
      let text: string | null;
      try {
        text = await decodeShareFragment(hash);
      } catch (error) {
        if (!disposed) showNotice(error instanceof Error ? error.message : 'The share link cannot be read.', 'error');
        clearShareFragment();
        return;
      }
      if (disposed || text === null) return;
      const current = store.getState().text;
      if (current !== text && hasUnsavedWork(current, session.getState())) {
        const confirmed = await askToConfirm({
          title: 'Open the shared Dockerfile?',
          message: 'This link carries a Dockerfile. Opening it replaces your current one, which has changes that were not downloaded. (Undo brings it back.)',
          confirmLabel: 'Open shared Dockerfile',
          cancelLabel: 'Keep mine',
        });
        if (disposed) return;
        clearShareFragment();
        if (!confirmed) return;
      } else clearShareFragment();
      replaceDocument({ store, session }, text, DEFAULT_DOCUMENT_NAME);
      showNotice('Opened the shared Dockerfile');
    };
    void loadFromHash();
    const onHashChange = () => void loadFromHash();
    window.addEventListener('hashchange', onHashChange);
    return () => {
      disposed = true;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store, session]);
}
