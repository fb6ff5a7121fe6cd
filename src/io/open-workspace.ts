import { createDocumentStore, type DocumentStore } from '../store/document-store.ts';
import type { KeyValueStorage } from './autosave.ts';
import { createFileSession, DEFAULT_DOCUMENT_NAME, type FileSession } from './file-session.ts';
import { parseSession, SESSION_STORAGE_KEY } from './persisted-session.ts';

/** The document store and the file session behind it. */
export interface Workspace {
  readonly store: DocumentStore;
  readonly session: FileSession;
  /** True when the document came back from autosave. */
  readonly restored: boolean;
}

/**
 * The page's storage, or `null` where reading it throws (storage disabled, sandboxed
 * frames): the app then works without autosave instead of not at all.
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(SESSION_STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/**
 * Creates the store from the autosaved session when there is one (text, positions, target,
 * lint settings, file name), else from `fallbackText`.
 */
export function openWorkspace(fallbackText: string, storage: KeyValueStorage | null): Workspace {
  const saved = parseSession(storage?.getItem(SESSION_STORAGE_KEY) ?? null);
  if (saved === null) {
    return {
      store: createDocumentStore(fallbackText),
      session: createFileSession({ savedText: fallbackText, documentName: DEFAULT_DOCUMENT_NAME }),
      restored: false,
    };
  }
  const store = createDocumentStore(saved.text);
  store.setState({ positions: saved.positions });
  if (saved.target !== null) store.getState().setTarget(saved.target);
  return {
    store,
    session: createFileSession({ savedText: saved.savedText, documentName: saved.documentName }),
    restored: true,
  };
}

/**
 * Replaces the document with one from outside (a file, an example, a link, New): one undo
 * step, a fresh canvas layout and target, and the text counts as saved.
 */
export function replaceDocument(workspace: Pick<Workspace, 'store' | 'session'>, text: string, documentName: string): void {
  const { store, session } = workspace;
  store.getState().load(text);
  // Dragged positions and the target belong to the old document's stages.
  store.setState({ positions: {} });
  if (store.getState().target !== null) store.getState().setTarget(null);
  session.getState().markSaved(text, documentName);
}
