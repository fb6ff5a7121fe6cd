/**
 * Node ids of the canvas.
 *
 * Stage nodes are keyed by index, not by name: typing a new name letter by letter must not
 * remount the node or change the graph's shape (which would relayout on every keystroke).
 * Dragged positions are keyed by name in the store, so they follow a stage that moves.
 */

/** The node id of stage `index`. */
export function stageNodeId(index: number): string {
  return `stage-${index}`;
}

/** The node id of an external image, one node per distinct reference. */
export function imageNodeId(ref: string): string {
  return `image:${ref}`;
}

/**
 * The store `positions` key of an external image node. A colon cannot appear in a stage
 * name or in `#index`, so these keys never collide with a stage's.
 */
export function imagePositionKey(ref: string): string {
  return `image:${ref}`;
}
