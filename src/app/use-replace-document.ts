import { useCallback } from 'react';
import { hasUnsavedWork } from '../io/file-session.ts';
import { replaceDocument } from '../io/open-workspace.ts';
import { useDocumentStore } from '../store/document-context.ts';
import { askToConfirm } from './confirm-request.ts';
import { useFileSessionStore } from './workspace-context.ts';

/**
 * Replaces the document with `text` (an opened file, an example, a share link, New), asking
 * first when the current text has work that no download or open holds. Resolves to true when
 * the document was replaced. `what` names the newcomer in the question.
 */
export function useReplaceDocument(): (text: string, documentName: string, what: string) => Promise<boolean> {
  const store = useDocumentStore();
  const session = useFileSessionStore();
  return useCallback(
    async (text, documentName, what) => {
      if (hasUnsavedWork(store.getState().text, session.getState()) && store.getState().text !== text) {
        const confirmed = await askToConfirm({
          title: 'Replace unsaved changes?',
          message: `The current Dockerfile has changes that were not downloaded. ${what} will replace it. (Undo brings it back.)`,
          confirmLabel: 'Replace',
        });
        if (!confirmed) return false;
      }
      replaceDocument({ store, session }, text, documentName);
      return true;
    },
    [store, session],
  );
}
