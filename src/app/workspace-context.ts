import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { FileSession, FileSessionActions, FileSessionState } from '../io/file-session.ts';

/** The file session of the page (name and saved text), provided by the app shell. */
export const FileSessionContext = createContext<FileSession | null>(null);

/** The file session itself, for event handlers. */
export function useFileSessionStore(): FileSession {
  const session = useContext(FileSessionContext);
  if (session === null) throw new Error('useFileSessionStore needs a FileSessionContext provider');
  return session;
}

/** Selects a slice of the file session. */
export function useFileSession<T>(selector: (state: FileSessionState & FileSessionActions) => T): T {
  return useStore(useFileSessionStore(), selector);
}
