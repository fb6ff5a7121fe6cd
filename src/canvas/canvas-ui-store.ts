/**
 * View state of the canvas's editing gestures: which node is expanded or being renamed,
 * the connection waiting for its form, the open dialog and the last refusal. None of it is
 * document state, so it lives in its own small store next to the canvas; nodes subscribe to
 * their own slice so that opening one form re-renders one node, not the graph.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** A connection drawn between two stages that waits for the user's answer. */
export interface PendingConnection {
  readonly kind: 'copy' | 'base';
  readonly from: number;
  readonly to: number;
}

/** A dialog over the canvas. */
export type CanvasDialog =
  | { readonly kind: 'deleteStages'; readonly stages: readonly number[]; readonly withDependents: boolean }
  | { readonly kind: 'removeEdge'; readonly edge: number; readonly message: string };

/** A refusal or a note shown over the canvas; `seq` tells repeats apart. */
export interface CanvasNotice {
  readonly seq: number;
  readonly message: string;
}

/** The canvas's editing view state. */
export interface CanvasUiState {
  /** Stages whose expanded view (properties, instructions) is open. */
  readonly expanded: readonly number[];
  /** The stage whose name is being edited, or `null`. */
  readonly renaming: number | null;
  /** The stage whose "⋯" menu is open, or `null`. */
  readonly menu: number | null;
  readonly pending: PendingConnection | null;
  readonly dialog: CanvasDialog | null;
  readonly notice: CanvasNotice | null;
  /** The selected edge (index into the drawn analysis's edges), or `null`. */
  readonly selectedEdge: number | null;
}

/** What can be done to the canvas's view state. */
export interface CanvasUiActions {
  setExpanded(stage: number, open: boolean): void;
  startRename(stage: number | null): void;
  openMenu(stage: number | null): void;
  setPending(pending: PendingConnection | null): void;
  openDialog(dialog: CanvasDialog | null): void;
  notify(message: string | null): void;
  selectEdge(edge: number | null): void;
  /** Forgets every per-stage state: indexes changed under it (a stage added, moved or removed). */
  resetStages(): void;
}

export type CanvasUiStore = StoreApi<CanvasUiState & CanvasUiActions>;

/** A new canvas view-state store, one per canvas. */
export function createCanvasUiStore(): CanvasUiStore {
  let seq = 0;
  return createStore<CanvasUiState & CanvasUiActions>()((set, get) => ({
    expanded: [],
    renaming: null,
    menu: null,
    pending: null,
    dialog: null,
    notice: null,
    selectedEdge: null,
    setExpanded(stage, open) {
      const rest = get().expanded.filter((i) => i !== stage);
      set({ expanded: open ? [...rest, stage] : rest });
    },
    startRename: (renaming) => set({ renaming, menu: null }),
    openMenu: (menu) => set({ menu }),
    setPending: (pending) => set({ pending }),
    openDialog: (dialog) => set({ dialog, menu: null }),
    notify: (message) => set({ notice: message === null ? null : { seq: ++seq, message } }),
    selectEdge: (selectedEdge) => set({ selectedEdge }),
    resetStages: () => set({ expanded: [], renaming: null, menu: null, pending: null, selectedEdge: null }),
  }));
}
