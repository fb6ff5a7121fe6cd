import { useCallback } from 'react';
import { removeEdge } from '../dockerfile/edits/remove-edge.ts';
import { useDocumentStore } from '../store/document-context.ts';
import type { CanvasUiStore } from './canvas-ui-store.ts';
import { stageLabel } from './stage-node-data.ts';
import { useCanvasIntent } from './use-canvas-intent.ts';

/**
 * Removing an edge (index into the drawn analysis's `model.edges`): a COPY or mount edge goes
 * at once (one undo step); a FROM edge rewrites the stage's FROM line, so it asks first.
 * A refusal shows as the canvas notice. `ui` is passed in: the canvas pane calls this
 * outside its own provider.
 */
export function useEdgeRemoval(ui: CanvasUiStore): (edge: number) => void {
  const store = useDocumentStore();
  const run = useCanvasIntent();
  return useCallback(
    (edge: number) => {
      const state = store.getState();
      const found = state.graphAnalysis.model.edges[edge];
      if (found === undefined) return;
      ui.getState().selectEdge(null);
      if (found.kind === 'from' && !found.viaOnbuild) {
        const stages = state.graphAnalysis.model.stages;
        const to = stages[found.to];
        const from = found.from === null ? undefined : stages[found.from];
        const toName = to === undefined ? `#${found.to}` : stageLabel(to);
        const fromName = from === undefined ? (found.image ?? '') : stageLabel(from);
        ui.getState().openDialog({
          kind: 'removeEdge',
          edge,
          message: `${toName} starts FROM ${fromName}. Removing this edge makes ${toName} start FROM the image ${fromName} is built on instead.`,
        });
        return;
      }
      const outcome = run((analysis) => removeEdge(analysis, { edge }));
      if (!outcome.ok) ui.getState().notify(outcome.reason);
    },
    [run, store, ui],
  );
}
