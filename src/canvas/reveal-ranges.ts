import type { Range } from '../dockerfile/ast.ts';
import type { DockerfileModel } from '../dockerfile/model.ts';

/** Where the editor should go for an edge: the reference (`build` in `--from=build`). */
export function edgeRevealRange(model: DockerfileModel, edgeIndex: number): Range | null {
  const edge = model.edges[edgeIndex];
  return edge === undefined ? null : { from: edge.range.from, to: edge.range.to };
}

/** Where the editor should go for an external image: its first use. */
export function imageRevealRange(model: DockerfileModel, ref: string): Range | null {
  const edge = model.edges.find((e) => e.from === null && e.image === ref);
  return edge === undefined ? null : { from: edge.range.from, to: edge.range.to };
}
