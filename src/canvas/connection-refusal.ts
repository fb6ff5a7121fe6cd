/**
 * Which handle-to-handle connections the canvas accepts, and why it refuses the others.
 * A stage can only use stages defined before it (BuildKit resolves names backwards only).
 */

/** What a connection joins: stage indexes and the target handle's kind. */
export interface StageConnection {
  readonly from: number;
  readonly to: number;
  readonly kind: 'copy' | 'base';
}

/** The two input handles of a stage node, by their handle ids. */
export const INPUT_HANDLE_KINDS = ['copy', 'base'] as const;

/** The handle id of a stage node's output. */
export const OUTPUT_HANDLE_ID = 'output';

/** Why `connection` cannot be made, or `null` when it can. `label` names a stage. */
export function connectionRefusal(connection: StageConnection, label: (index: number) => string): string | null {
  const { from, to, kind } = connection;
  if (from === to) {
    return kind === 'base' ? `${label(from)} cannot start FROM itself.` : `${label(from)} cannot copy from itself.`;
  }
  if (from > to) {
    return `${label(from)} comes after ${label(to)}: a stage can only use earlier stages. Move ${label(from)} up first.`;
  }
  return null;
}

/** The ends of a React Flow connection, as `onConnect` and `isValidConnection` get them. */
export interface FlowConnectionEnds {
  readonly source: string;
  readonly target: string;
  readonly sourceHandle?: string | null;
  readonly targetHandle?: string | null;
}

const STAGE_NODE_ID = /^stage-(\d+)$/;

/**
 * The stage connection a drag from a stage's output to a stage's input means, or `null`
 * when it joins anything else (an image node, two outputs, an unknown handle).
 */
export function stageConnectionOf(ends: FlowConnectionEnds): StageConnection | null {
  const from = STAGE_NODE_ID.exec(ends.source);
  const to = STAGE_NODE_ID.exec(ends.target);
  if (from === null || to === null || ends.sourceHandle !== OUTPUT_HANDLE_ID) return null;
  const kind = INPUT_HANDLE_KINDS.find((k) => k === ends.targetHandle);
  if (kind === undefined) return null;
  return { from: Number(from[1]), to: Number(to[1]), kind };
}
