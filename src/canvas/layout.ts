/**
 * The automatic layout: dagre, layered left to right.
 *
 * dagre rather than elkjs: it is synchronous (the canvas lays out in the same render that
 * shows a new graph, with no flash of unplaced nodes and no stale async result to cancel),
 * small (tens of kB against elk's ~1.5 MB of GWT-compiled Java), and a layered LR layout is
 * all a stage graph needs.
 */
import dagre from '@dagrejs/dagre';
import type { GraphShape } from './graph-shape.ts';

/** A position in canvas pixels (a node's top-left corner). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Spacing of the layout, in canvas pixels. */
export const LAYOUT_SPACING = { nodesep: 28, ranksep: 110, edgesep: 12, margin: 16 } as const;

/**
 * Above this many nodes plus edges, dagre trades some crossing reduction for speed: its
 * network-simplex ranker and its extra ordering pass take seconds on 200 stages whose
 * long COPY edges cross many ranks, and tight-tree without the pass takes a fraction.
 */
export const LARGE_GRAPH = 240;

const LABEL_HEIGHT = 18;

/** Top-left positions for every node of `shape`, dependencies to the left of dependents. */
export function layoutGraph(shape: GraphShape): ReadonlyMap<string, Point> {
  const large = shape.nodes.length + shape.edges.length > LARGE_GRAPH;
  const graph = new dagre.graphlib.Graph<Record<string, unknown>, { width: number; height: number; x?: number; y?: number }, { width: number; height: number; labelpos: 'c' }>();
  graph.setGraph({
    rankdir: 'LR',
    ranker: large ? 'tight-tree' : 'network-simplex',
    nodesep: LAYOUT_SPACING.nodesep,
    ranksep: LAYOUT_SPACING.ranksep,
    edgesep: LAYOUT_SPACING.edgesep,
    marginx: LAYOUT_SPACING.margin,
    marginy: LAYOUT_SPACING.margin,
  });
  for (const node of shape.nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  // dagre keeps one edge per pair of nodes; parallel edges (FROM build plus COPY --from=build)
  // become one that reserves the widest label.
  const labels = new Map<string, { source: string; target: string; width: number }>();
  for (const edge of shape.edges) {
    // A self-reference is an error the editor reports; it says nothing about rank.
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const pair = `${edge.source}\n${edge.target}`;
    const width = Math.max(labels.get(pair)?.width ?? 0, edge.labelWidth);
    labels.set(pair, { source: edge.source, target: edge.target, width });
  }
  // A label gets its own slot between the ranks, so dagre spaces ranks to fit it.
  for (const { source, target, width } of labels.values()) {
    graph.setEdge(source, target, { width, height: width === 0 ? 0 : LABEL_HEIGHT, labelpos: 'c' });
  }
  dagre.layout(graph, large ? { disableOptimalOrderHeuristic: true } : {});
  const positions = new Map<string, Point>();
  for (const node of shape.nodes) {
    const placed = graph.node(node.id);
    // dagre gives centres; React Flow places nodes by their top-left corner.
    positions.set(node.id, { x: Math.round((placed.x ?? 0) - node.width / 2), y: Math.round((placed.y ?? 0) - node.height / 2) });
  }
  return positions;
}

/**
 * `layout` with a position for every node of `shape`: nodes the layout does not know yet
 * (it is being recomputed) are stacked in a column right of everything laid out, so they
 * never sit on top of placed nodes. Returns `layout` itself when it already covers the shape.
 */
export function fillMissingPositions(layout: ReadonlyMap<string, Point>, shape: GraphShape): ReadonlyMap<string, Point> {
  const missing = shape.nodes.filter((node) => !layout.has(node.id));
  if (missing.length === 0) return layout;
  const known = shape.nodes.filter((node) => layout.has(node.id));
  let right = 0;
  for (const node of known) right = Math.max(right, layout.get(node.id)!.x + node.width);
  const filled = new Map(layout);
  let y = LAYOUT_SPACING.margin;
  const x = known.length === 0 ? LAYOUT_SPACING.margin : right + LAYOUT_SPACING.ranksep;
  for (const node of missing) {
    filled.set(node.id, { x, y });
    y += node.height + LAYOUT_SPACING.nodesep;
  }
  return filled;
}
