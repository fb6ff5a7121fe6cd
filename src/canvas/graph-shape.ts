import type { GraphDescription } from './describe-graph.ts';
import { estimateLabelWidth, type Size } from './estimate-node-size.ts';

/** A node as the layout sees it. */
export interface ShapeNode extends Size {
  readonly id: string;
}

/** A dependency as the layout sees it. */
export interface ShapeEdge {
  readonly source: string;
  readonly target: string;
  /** Room for the edge's label between the ranks; 0 for an edge without one. */
  readonly labelWidth: number;
}

/** What the layout depends on, and nothing else. */
export interface GraphShape {
  readonly nodes: readonly ShapeNode[];
  readonly edges: readonly ShapeEdge[];
  /**
   * Equal for two graphs exactly when their layouts are equal: node ids, estimated sizes,
   * edge ends and label room. Edits that change only text (an argument, a comment, most
   * path edits) keep it.
   */
  readonly key: string;
}

/** The layout-relevant part of a graph description. */
export function graphShape(description: GraphDescription): GraphShape {
  const nodes = description.nodes.map(({ id, size }) => ({ id, width: size.width, height: size.height }));
  const edges = description.edges.map(({ source, target, label }) => ({ source, target, labelWidth: estimateLabelWidth(label) }));
  const key = `${nodes.map((n) => `${n.id}:${n.width}x${n.height}`).join('|')}\n${edges.map((e) => `${e.source}>${e.target}:${e.labelWidth}`).join('|')}`;
  return { nodes, edges, key };
}
