import { createContext, useContext, useDeferredValue } from 'react';
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

/**
 * Like {@link useDocument}, for views that need not follow every keystroke (the dock's
 * panels): React first keeps the previous value and renders the new one when it has time,
 * so a long list never sits between a keystroke and the canvas.
 */
export function useDeferredDocument<T>(selector: (state: DocumentState & DocumentActions) => T): T {
  return useDeferredValue(useDocument(selector));
}
