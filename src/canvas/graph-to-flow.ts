import type { Analysis } from '../dockerfile/analyze.ts';
import { describeGraph, type EdgeDescription, type GraphDescription, type NodeDescription } from './describe-graph.ts';
import type { CanvasEdge, CanvasNode } from './flow-types.ts';
import type { Point } from './layout.ts';

/** The view state the canvas applies on top of the graph. */
export interface FlowView {
  readonly selectedStage: number | null;
  /** Every selected stage (a multi-selection); `selectedStage` alone when absent. */
  readonly selectedStages?: readonly number[];
  /** Positions the user dragged, keyed by each node's `positionKey`. */
  readonly positions: Readonly<Record<string, Point>>;
  /** The hovered edge: an index into the drawn analysis's `model.edges`. */
  readonly hoveredEdge: number | null;
  /** Stages building in the walkthrough's current step (`data-building`). */
  readonly building?: ReadonlySet<number> | undefined;
  /** Stages a change at the cursor would rebuild (`data-rebuild`). */
  readonly rebuild?: ReadonlySet<number> | undefined;
}

/** React Flow's nodes and edges (mutable array types, as React Flow's props take them). */
export interface FlowGraph {
  readonly nodes: CanvasNode[];
  readonly edges: CanvasEdge[];
}

const ORIGIN: Point = { x: 0, y: 0 };

/** Edge colours follow the theme: the marker is SVG, so it takes a CSS variable. */
const MARKER_COLOR = 'var(--muted)';
const MARKER_COLOR_HOVERED = 'var(--accent)';

/**
 * The nodes and edges React Flow draws for `analysis`.
 * `layout` supplies positions; a position the user dragged wins over it.
 */
export function graphToFlow(analysis: Analysis, view: FlowView, layout: ReadonlyMap<string, Point>): FlowGraph {
  return describedToFlow(describeGraph(analysis), view, layout);
}

/**
 * The nodes of a graph already described. Split from {@link toFlowEdges} because the canvas
 * keeps the description between renders, and hovering an edge must not rebuild the nodes.
 */
export function toFlowNodes(description: GraphDescription, view: Omit<FlowView, 'hoveredEdge'>, layout: ReadonlyMap<string, Point>): CanvasNode[] {
  return description.nodes.map((node) => toNode(node, view, layout));
}

/** The edges of a graph already described. */
export function toFlowEdges(description: GraphDescription, hoveredEdge: number | null, feeding?: ReadonlySet<number>): CanvasEdge[] {
  return description.edges.map((edge) => toEdge(edge, hoveredEdge, feeding?.has(edge.edgeIndex) ?? false));
}

function describedToFlow(description: GraphDescription, view: FlowView, layout: ReadonlyMap<string, Point>): FlowGraph {
  return { nodes: toFlowNodes(description, view, layout), edges: toFlowEdges(description, view.hoveredEdge) };
}

function toNode(node: NodeDescription, view: Omit<FlowView, 'hoveredEdge'>, layout: ReadonlyMap<string, Point>): CanvasNode {
  const position = view.positions[node.data.positionKey] ?? layout.get(node.id) ?? ORIGIN;
  if (node.type === 'image') {
    return { id: node.id, type: 'image', data: node.data, position, selected: false, ariaLabel: `Image ${node.data.ref}` };
  }
  return {
    id: node.id,
    type: 'stage',
    data: { ...node.data, building: view.building?.has(node.data.index) ?? false, rebuild: view.rebuild?.has(node.data.index) ?? false },
    position,
    selected: view.selectedStages?.includes(node.data.index) ?? node.data.index === view.selectedStage,
    ariaLabel: `Stage ${node.data.label}`,
  };
}

function toEdge(edge: EdgeDescription, hoveredEdge: number | null, feeding = false): CanvasEdge {
  const hovered = hoveredEdge === edge.edgeIndex;
  const classes = ['canvas-edge', `edge-${edge.kind}`];
  if (!edge.reachable) classes.push('is-dim');
  if (edge.viaOnbuild) classes.push('is-onbuild');
  if (hovered) classes.push('is-hovered');
  if (feeding) classes.push('is-feeding');
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    // A stage has two inputs: FROM edges end on its base input, COPY and mount on its copy input.
    targetHandle: edge.kind === 'from' ? 'base' : 'copy',
    type: 'default',
    className: classes.join(' '),
    ...(edge.label === '' ? {} : { label: edge.label }),
    ariaLabel: edge.ariaLabel,
    markerEnd: { type: 'arrowclosed', color: hovered ? MARKER_COLOR_HOVERED : MARKER_COLOR, width: 16, height: 16 },
    // The hovered edge is drawn above the others so it can be followed through a crossing.
    zIndex: hovered ? 1 : 0,
    data: { kind: edge.kind, edgeIndex: edge.edgeIndex },
  };
}
