import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DocumentActions, DocumentState, DocumentStore } from './document-store.ts';

/** The document store of the page, provided once by the app shell. */
export const DocumentStoreContext = createContext<DocumentStore | null>(null);

/** The store itself, for effects that subscribe outside React's render. */
export function useDocumentStore(): DocumentStore {
  const store = useContext(DocumentStoreContext);
  if (store === null) throw new Error('useDocumentStore needs a DocumentStoreContext provider');
  return store;
}

/** Selects a slice of the document state; re-renders only when the slice changes. */
export function useDocument<T>(selector: (state: DocumentState & DocumentActions) => T): T {
  return useStore(useDocumentStore(), selector);
}
