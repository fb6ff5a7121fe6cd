import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { edgeRemoval } from './stage-references.ts';

/** Intent: remove edge `edge` (an index into `analysis.model.edges`). */
export interface RemoveEdgeIntent {
  readonly edge: number;
}

/**
 * Removes an edge from the text:
 * - a copy edge: its COPY instruction, whole lines with continuations (an inherited one:
 *   the ONBUILD instruction of the base stage that holds it);
 * - a mount edge: only the `from=` field of the `--mount` value, with one comma;
 * - a FROM edge: the base stage's name is replaced by the image that stage starts from
 *   (following FROM chains), so the stage keeps its contents' starting point but loses the
 *   edge. The UI asks before this one.
 * Comments above a removed instruction stay.
 */
export function removeEdge(analysis: Analysis, intent: RemoveEdgeIntent): EditResult {
  const edge = analysis.model.edges[intent.edge];
  if (edge === undefined) return refuse(`There is no edge ${intent.edge}.`);
  const changes = edgeRemoval(analysis, edge);
  if (typeof changes === 'string') return refuse(changes);
  return { ok: true, changes, selectStage: edge.to };
}
