import { useCallback } from 'react';
import type { Analysis } from '../dockerfile/analyze.ts';
import type { EditResult } from '../dockerfile/edits/edit-result.ts';
import { useDocumentStore } from '../store/document-context.ts';

/** A canvas intent bound to its edit command: the analysed document in, changes out. */
export type CanvasCommand = (analysis: Analysis) => EditResult;

/** What running an intent did: applied (one undo step), or refused with a message to show. */
export type IntentOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Why no gesture may edit while the canvas shows an older graph than the text. */
export const STALE_REFUSAL = 'The Dockerfile has a syntax error; fix it in the editor before editing on the canvas.';

/**
 * Runs canvas intents. The command reads the store's latest analysis and its changes are
 * dispatched in one transaction with origin `canvas`, so a gesture is one undo step.
 * While the canvas is stale its stage indexes belong to an older text, so every intent is
 * refused then. The caller shows a refusal where the gesture happened (never `alert()`).
 */
export function useCanvasIntent(): (command: CanvasCommand) => IntentOutcome {
  const store = useDocumentStore();
  return useCallback(
    (command: CanvasCommand) => {
      const state = store.getState();
      if (state.stale) return { ok: false, reason: STALE_REFUSAL };
      const result = command(state.analysis);
      if (!result.ok) return { ok: false, reason: result.reason };
      state.dispatch({
        changes: result.changes,
        origin: 'canvas',
        ...(result.selectStage === undefined ? {} : { selectStage: result.selectStage }),
      });
      return { ok: true };
    },
    [store],
  );
}
