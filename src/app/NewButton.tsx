import { DEFAULT_DOCUMENT_NAME } from '../io/file-session.ts';
import { NEW_DOCUMENT_TEXT } from './new-document.ts';
import { showNotice } from './notices.ts';
import { useReplaceDocument } from './use-replace-document.ts';

/** Starts a new one-stage Dockerfile, asking first when there is unsaved work. */
export function NewButton() {
  const replace = useReplaceDocument();
  return (
    <button
      type="button"
      title="Start a new Dockerfile"
      onClick={() => {
        void replace(NEW_DOCUMENT_TEXT, DEFAULT_DOCUMENT_NAME, 'A new Dockerfile').then((replaced) => {
          if (replaced) showNotice('New Dockerfile');
        });
      }}
    >
      New
    </button>
  );
}
