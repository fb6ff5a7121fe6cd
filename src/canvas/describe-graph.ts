import type { Analysis } from '../dockerfile/analyze.ts';
import type { StageEdge } from '../dockerfile/model.ts';
import { estimateImageSize, estimateStageSize, type Size } from './estimate-node-size.ts';
import type { CanvasEdgeData, ImageNodeData, StageNodeData } from './flow-types.ts';
import { imageNodeId, imagePositionKey, stageNodeId } from './node-ids.ts';
import { MAX_PATH_LENGTH, shortenPaths } from './shorten-paths.ts';
import { NO_PROBLEMS, problemsByStage } from './stage-problems.ts';
import { stageLabel, stageNodeData } from './stage-node-data.ts';

/** A node of the canvas before any view state (position, selection) is applied. */
export type NodeDescription =
  | { readonly id: string; readonly type: 'stage'; readonly data: StageNodeData; readonly size: Size }
  | { readonly id: string; readonly type: 'image'; readonly data: ImageNodeData; readonly size: Size };

/** An edge of the canvas before hover is applied. */
export interface EdgeDescription extends CanvasEdgeData {
  /** Stable across edits that keep the edge: kind, ends, and an ordinal among equal ones. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The COPY paths, shortened; empty for FROM and mount edges. */
  readonly label: string;
  /** What a screen reader says for the edge. */
  readonly ariaLabel: string;
  /** False when the target stage does not need the edge's target. */
  readonly reachable: boolean;
  readonly viaOnbuild: boolean;
}

/** The graph of an analysis as canvas nodes and edges, without view state. */
export interface GraphDescription {
  readonly nodes: readonly NodeDescription[];
  readonly edges: readonly EdgeDescription[];
}

/**
 * Describes the stage graph of `analysis`: one node per stage, one node per distinct
 * external image used by `COPY --from` or a mount (a FROM image is shown inside its stage),
 * and one edge per model edge.
 */
export function describeGraph(analysis: Analysis): GraphDescription {
  const { stages, edges } = analysis.model;
  const reachable = new Set(analysis.plan?.reachable ?? []);
  const problems = problemsByStage(stages, analysis.diagnostics);
  const context = {
    stages,
    source: analysis.ast.source,
    escape: analysis.ast.escape,
    target: analysis.plan?.target ?? null,
    reachable,
  };
  const nodes: NodeDescription[] = stages.map((stage) => {
    const data = stageNodeData(stage, { ...context, problems: problems[stage.index] ?? NO_PROBLEMS });
    return { id: stageNodeId(stage.index), type: 'stage', data, size: estimateStageSize(data) };
  });

  // One node per distinct image, placed after the stages in order of first use.
  const imageReachable = new Map<string, boolean>();
  for (const edge of edges) {
    if (edge.from !== null || edge.image === null) continue;
    imageReachable.set(edge.image, (imageReachable.get(edge.image) ?? false) || reachable.has(edge.to));
  }
  for (const [ref, isReachable] of imageReachable) {
    const data: ImageNodeData = { ref, positionKey: imagePositionKey(ref), reachable: isReachable };
    nodes.push({ id: imageNodeId(ref), type: 'image', data, size: estimateImageSize(data) });
  }

  const seen = new Map<string, number>();
  const described = edges.map((edge, edgeIndex): EdgeDescription => {
    const source = edge.from !== null ? stageNodeId(edge.from) : imageNodeId(edge.image ?? '');
    const target = stageNodeId(edge.to);
    const base = `${edge.kind}:${source}->${target}`;
    const ordinal = seen.get(base) ?? 0;
    seen.set(base, ordinal + 1);
    return {
      id: ordinal === 0 ? base : `${base}#${ordinal}`,
      source,
      target,
      kind: edge.kind,
      edgeIndex,
      label: edgeLabel(edge),
      ariaLabel: edgeAriaLabel(edge, analysis),
      reachable: reachable.has(edge.to),
      viaOnbuild: edge.viaOnbuild,
    };
  });
  return { nodes, edges: described };
}

const ONBUILD_PATH_LENGTH = MAX_PATH_LENGTH - 'ONBUILD '.length;

/** COPY edges carry their paths; an ONBUILD edge says so, since no line in the stage shows it. */
function edgeLabel(edge: StageEdge): string {
  if (!edge.viaOnbuild) return edge.kind === 'copy' ? shortenPaths(edge.paths) : '';
  // The prefix takes room from the path, so every label stays about as long.
  const paths = edge.kind === 'copy' ? shortenPaths(edge.paths, ONBUILD_PATH_LENGTH) : '';
  return paths === '' ? 'ONBUILD' : `ONBUILD ${paths}`;
}

function edgeAriaLabel(edge: StageEdge, analysis: Analysis): string {
  const stages = analysis.model.stages;
  const name = (index: number) => {
    const stage = stages[index];
    return stage === undefined ? `#${index}` : stageLabel(stage);
  };
  const from = edge.from !== null ? `stage ${name(edge.from)}` : `image ${edge.image ?? ''}`;
  const to = `stage ${name(edge.to)}`;
  const onbuild = edge.viaOnbuild ? ' (ONBUILD)' : '';
  if (edge.kind === 'from') return `${to} is built FROM ${from}`;
  if (edge.kind === 'copy') {
    const paths = edge.paths.length === 0 ? '' : `: ${edge.paths.join(', ')}`;
    return `${to} copies from ${from}${onbuild}${paths}`;
  }
  return `${to} mounts ${from}${onbuild}`;
}
