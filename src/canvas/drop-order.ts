/**
 * Where a stage dropped from the palette goes in stage order.
 *
 * The canvas reads left to right (the layout puts a stage right of what it uses) and, within
 * one column, top to bottom. A drop point after a node in that reading order means "after
 * that stage"; the new stage goes right after the last stage (by index) the point follows.
 */

/** A stage node's box in canvas (flow) coordinates. */
export interface StageBox {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when `point` comes after `box` in reading order. */
function isAfter(point: { readonly x: number; readonly y: number }, box: StageBox): boolean {
  if (point.x > box.x + box.width) return true;
  if (point.x < box.x) return false;
  // In the node's column: below its middle is after it.
  return point.y > box.y + box.height / 2;
}

/**
 * The index the new stage takes when dropped at `point`: one more than the highest-indexed
 * stage the point follows, or 0 when it follows none. With no stages, 0.
 */
export function dropStageOrder(point: { readonly x: number; readonly y: number }, boxes: readonly StageBox[]): number {
  let at = 0;
  for (const box of boxes) {
    if (isAfter(point, box)) at = Math.max(at, box.index + 1);
  }
  return at;
}
