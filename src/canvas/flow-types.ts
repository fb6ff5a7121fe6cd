/**
 * The React Flow node and edge shapes of the stage canvas.
 *
 * Node and edge data hold plain, already-derived values (strings, numbers, booleans), never
 * syntax-tree objects: a new analysis is built on every keystroke, and plain data lets
 * {@link reconcileNodes} keep a node object (and skip its re-render) when nothing it shows
 * has changed.
 */
import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind } from '../dockerfile/model.ts';
import type { Severity } from '../dockerfile/ast.ts';

/** One instruction as a stage node lists it. */
export type InstructionSummary = {
  /** The keyword upper-cased (`RUN`). */
  readonly keyword: string;
  /** The arguments after the flags, on one line and cut short. */
  readonly args: string;
};

/** The findings inside a stage's range. */
export type StageProblems = {
  readonly count: number;
  /** The worst severity among them, or `null` when there are none. */
  readonly severity: Severity | null;
  /** One line per finding, for the badge's tooltip. */
  readonly summary: string;
};

/** What a stage starts from, as the node shows it. */
export type BaseSummary =
  | { readonly kind: 'image'; readonly text: string }
  | { readonly kind: 'scratch'; readonly text: 'scratch' }
  | { readonly kind: 'stage'; readonly text: string; readonly stage: number };

/** The data of a stage node. */
export type StageNodeData = {
  readonly index: number;
  /** The name as written, or `#index`. */
  readonly label: string;
  /** The lowercased name, or the empty string for a stage with none. */
  readonly name: string;
  /** The key of the store's `positions` for this stage. */
  readonly positionKey: string;
  readonly base: BaseSummary;
  readonly platform: string | null;
  readonly instructionCount: number;
  /** The first few instructions after FROM. */
  readonly instructions: readonly InstructionSummary[];
  readonly isTarget: boolean;
  /** False when the chosen target does not need this stage. */
  readonly reachable: boolean;
  readonly problems: StageProblems;
  /** True while the build walkthrough shows this stage building. */
  readonly building?: boolean;
  /** True when a change at the editor's cursor would rebuild this stage. */
  readonly rebuild?: boolean;
};

/** The data of an external image node (an image used by `COPY --from` or a mount). */
export type ImageNodeData = {
  /** The reference as written after `--from=` or `from=`. */
  readonly ref: string;
  readonly positionKey: string;
  /** True when some stage the target needs uses the image. */
  readonly reachable: boolean;
};

export type StageFlowNode = Node<StageNodeData, 'stage'>;
export type ImageFlowNode = Node<ImageNodeData, 'image'>;
export type CanvasNode = StageFlowNode | ImageFlowNode;

/** The data of a dependency edge. */
export type CanvasEdgeData = {
  readonly kind: EdgeKind;
  /** Index into the drawn analysis's `model.edges`, for hover and reveal. */
  readonly edgeIndex: number;
};

export type CanvasEdge = Edge<CanvasEdgeData>;
