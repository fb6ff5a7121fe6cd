import { useEffect } from 'react';
import { hasUnsavedWork } from '../io/file-session.ts';
import type { Workspace } from '../io/open-workspace.ts';

/**
 * Closing or leaving the tab asks first while the text differs from the last download or
 * open. (Autosave keeps it in this browser, but a user closing the tab may mean to be done.)
 */
export function useUnsavedChangesWarning({ store, session }: Pick<Workspace, 'store' | 'session'>): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedWork(store.getState().text, session.getState())) return;
      event.preventDefault();
      // Older Chromium-based browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store, session]);
}
