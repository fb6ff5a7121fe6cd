import { useEffect, useMemo, useState } from 'react';
import type { GraphDescription } from './describe-graph.ts';
import { graphShape, type GraphShape } from './graph-shape.ts';
import { fillMissingPositions, layoutGraph, type Point } from './layout.ts';

/**
 * Graphs up to this many nodes plus edges are laid out in the render that shows them
 * (dagre takes a few milliseconds). Larger ones are laid out once the shape has stopped
 * changing for {@link RELAYOUT_DELAY} ms, so typing `--from=` in a 200-stage file does not
 * run dagre (tens to hundreds of milliseconds there) on every keystroke.
 */
export const SYNC_LAYOUT_LIMIT = 120;
export const RELAYOUT_DELAY = 300;
/**
 * More new nodes than this (a paste, another file) are laid out at once even in a large
 * graph: a column of provisional positions would be worse than one slow frame.
 */
export const MAX_PROVISIONAL = 3;

interface Laid {
  readonly key: string;
  readonly positions: ReadonlyMap<string, Point>;
}

/** The layout the canvas uses now. */
export interface GraphLayout {
  readonly positions: ReadonlyMap<string, Point>;
  /** False while a large graph's new shape waits for its layout (new nodes are provisional). */
  readonly settled: boolean;
}

function lay(shape: GraphShape): Laid {
  return { key: shape.key, positions: layoutGraph(shape) };
}

/**
 * The automatic layout of a graph, computed again only when the graph's shape (node ids,
 * sizes, edges) changes. Typing inside an instruction builds a new description on every
 * keystroke but keeps the shape key, so dagre does not run and nothing jumps.
 */
export function useGraphLayout(description: GraphDescription): GraphLayout {
  const shape = useMemo(() => graphShape(description), [description]);
  const [laid, setLaid] = useState<Laid>(() => lay(shape));
  const small = shape.nodes.length + shape.edges.length <= SYNC_LAYOUT_LIMIT;

  let current = laid;
  if (laid.key !== shape.key) {
    const missing = shape.nodes.reduce((count, node) => count + (laid.positions.has(node.id) ? 0 : 1), 0);
    if (small || missing > MAX_PROVISIONAL) {
      current = lay(shape);
      // Adjusting state while rendering: React renders again at once, before painting.
      setLaid(current);
    }
  }

  useEffect(() => {
    if (laid.key === shape.key) return;
    // Every new shape (a keystroke) restarts the wait: dagre runs once typing pauses.
    const timer = setTimeout(() => setLaid(lay(shape)), RELAYOUT_DELAY);
    return () => clearTimeout(timer);
  }, [laid.key, shape]);

  const positions = useMemo(() => fillMissingPositions(current.positions, shape), [current.positions, shape]);
  return { positions, settled: current.key === shape.key };
}
