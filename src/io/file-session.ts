import { createStore, type StoreApi } from 'zustand/vanilla';

/** What the app knows about the file behind the document (not the document itself). */
export interface FileSessionState {
  /** The name a download gets: `Dockerfile`, or the name of the file that was opened. */
  readonly documentName: string;
  /**
   * The text as it was last opened, loaded or downloaded. The document has unsaved work
   * when its text differs from this.
   */
  readonly savedText: string;
}

/** What can be done to the file session. */
export interface FileSessionActions {
  /** Records that `text` is now safe elsewhere (downloaded, or just opened or loaded). */
  markSaved(text: string, documentName?: string): void;
}

export type FileSession = StoreApi<FileSessionState & FileSessionActions>;

/** The name a new or pasted document downloads as. */
export const DEFAULT_DOCUMENT_NAME = 'Dockerfile';

/** Creates the file session; `initial` comes from autosave, or is a fresh document. */
export function createFileSession(initial: FileSessionState): FileSession {
  return createStore<FileSessionState & FileSessionActions>()((set) => ({
    ...initial,
    markSaved(text, documentName) {
      set(documentName === undefined ? { savedText: text } : { savedText: text, documentName });
    },
  }));
}

/** True when `text` holds work that neither a download nor the opened file has. */
export function hasUnsavedWork(text: string, session: FileSessionState): boolean {
  return text !== session.savedText;
}
