import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CanvasUiActions, CanvasUiState, CanvasUiStore } from './canvas-ui-store.ts';

/** The canvas's view-state store, provided by the canvas pane. */
export const CanvasUiContext = createContext<CanvasUiStore | null>(null);

/** The canvas view-state store itself, for event handlers. */
export function useCanvasUiStore(): CanvasUiStore {
  const store = useContext(CanvasUiContext);
  if (store === null) throw new Error('useCanvasUiStore needs a CanvasUiContext provider');
  return store;
}

/** Selects a slice of the canvas view state; re-renders only when the slice changes. */
export function useCanvasUi<T>(selector: (state: CanvasUiState & CanvasUiActions) => T): T {
  return useStore(useCanvasUiStore(), selector);
}
