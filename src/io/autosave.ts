import type { DocumentStore } from '../store/document-store.ts';
import type { FileSession } from './file-session.ts';
import { SESSION_STORAGE_KEY, serializeSession, type PersistedSession } from './persisted-session.ts';

/** How long edits settle before they are written: one write per pause, not per keystroke. */
export const AUTOSAVE_DELAY_MS = 300;

/** The slice of `Storage` autosave needs (a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What autosave reports. */
export interface AutosaveOptions {
  readonly delayMs?: number;
  /** Called once when a write fails (quota full, storage disabled), and again only after a write succeeds. */
  readonly onError?: (error: unknown) => void;
  /** Called when a write succeeds after a failure. */
  readonly onRecovered?: () => void;
}

/** The session as autosave writes it. */
export function snapshotSession(store: DocumentStore, session: FileSession): PersistedSession {
  const { text, positions, target } = store.getState();
  const { savedText, documentName } = session.getState();
  return { text, savedText, documentName, positions, target };
}

/** True for the error browsers throw when localStorage is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014)
  );
}

/** A running autosave: stop it, or write at once (before the page goes away). */
export interface Autosave {
  flush(): void;
  stop(): void;
}

/**
 * Writes the text, positions and settings to `storage` a short while after they change.
 * A failed write is reported, never thrown: the document in memory is untouched, and the
 * next change tries again.
 */
export function startAutosave(store: DocumentStore, session: FileSession, storage: KeyValueStorage, options: AutosaveOptions = {}): Autosave {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failing = false;
  let lastWritten: string | null = null;

  const write = () => {
    timer = null;
    const serialized = serializeSession(snapshotSession(store, session));
    if (serialized === lastWritten) return;
    try {
      storage.setItem(SESSION_STORAGE_KEY, serialized);
      lastWritten = serialized;
      if (failing) {
        failing = false;
        options.onRecovered?.();
      }
    } catch (error) {
      if (!failing) options.onError?.(error);
      failing = true;
    }
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, delay);
  };
  // Only what is saved matters: selection, hover and reveal changes schedule nothing.
  const unsubscribeStore = store.subscribe((state, previous) => {
    if (
      state.text !== previous.text ||
      state.positions !== previous.positions ||
      state.target !== previous.target
    ) {
      schedule();
    }
  });
  const unsubscribeSession = session.subscribe(schedule);
  return {
    flush() {
      if (timer !== null) {
        clearTimeout(timer);
        write();
      }
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      unsubscribeStore();
      unsubscribeSession();
    },
  };
}
