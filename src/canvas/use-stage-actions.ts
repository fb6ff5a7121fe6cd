import { useMemo } from 'react';
import { duplicateStage } from '../dockerfile/edits/duplicate-stage.ts';
import { moveStage } from '../dockerfile/edits/move-stage.ts';
import { useDocumentStore } from '../store/document-context.ts';
import { useCanvasUiStore } from './canvas-ui-context.ts';
import { focusStageNode } from './focus-stage-node.ts';
import { useCanvasIntent, type CanvasCommand, type IntentOutcome } from './use-canvas-intent.ts';

/** What a stage node's menu and expanded view can do to their stage. */
export interface StageActions {
  readonly run: (command: CanvasCommand) => IntentOutcome;
  readonly duplicate: () => IntentOutcome;
  /** Moves the stage one place in stage order; its expanded view and focus follow it. */
  readonly move: (direction: -1 | 1) => IntentOutcome;
  readonly setTarget: () => void;
  readonly rename: () => void;
  /**
   * Asks to delete the selection if this stage is in it, else this stage. `withDependents`
   * only says which answer the dialog offers first.
   */
  readonly askDelete: (withDependents?: boolean) => void;
  readonly toggleExpanded: () => void;
}

/** The actions of stage `index`, whose `AS` name is `name` (`''` for none). */
export function useStageActions(index: number, name: string): StageActions {
  const store = useDocumentStore();
  const ui = useCanvasUiStore();
  const run = useCanvasIntent();
  return useMemo((): StageActions => {
    const move = (direction: -1 | 1): IntentOutcome => {
      const outcome = run((analysis) => moveStage(analysis, { stage: index, direction }));
      if (outcome.ok) {
        // Nodes are keyed by index: the stage now sits at the neighbour's index.
        const to = index + direction;
        const state = ui.getState();
        const wasOpen = state.expanded.includes(index);
        const otherOpen = state.expanded.includes(to);
        state.setExpanded(index, otherOpen);
        state.setExpanded(to, wasOpen);
        focusStageNode(to);
      }
      return outcome;
    };
    return {
      run,
      duplicate: () => run((analysis) => duplicateStage(analysis, { stage: index })),
      move,
      setTarget: () => store.getState().setTarget(name === '' ? String(index) : name),
      rename: () => ui.getState().startRename(index),
      askDelete: (withDependents = false) => {
        const selected = store.getState().selectedStages;
        const stages = selected.includes(index) ? selected : [index];
        ui.getState().openDialog({ kind: 'deleteStages', stages, withDependents });
      },
      toggleExpanded: () => {
        const state = ui.getState();
        state.setExpanded(index, !state.expanded.includes(index));
      },
    };
  }, [index, name, run, store, ui]);
}
