/**
 * Keeping node and edge objects when nothing in them changed.
 *
 * A keystroke builds a new analysis and so new node and edge objects. React Flow re-renders a
 * node only when its object changes, so handing it the previous object for every node the
 * edit did not touch is what keeps a 200-stage canvas quick while typing.
 */
import type { CanvasEdge, CanvasNode } from './flow-types.ts';

/** Structural equality of plain data: primitives, arrays and plain objects. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  if (Array.isArray(b)) return false;
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key]));
}

/**
 * True when `local` has every field of `derived` with an equal value. Fields only `local`
 * has (React Flow's `measured`, `dragging`) do not count.
 */
function hasFieldsOf(local: object, derived: object, ignore: string | null): boolean {
  const held = local as Readonly<Record<string, unknown>>;
  for (const [key, value] of Object.entries(derived)) {
    if (key !== ignore && !deepEqual(held[key], value)) return false;
  }
  return true;
}

/**
 * The nodes to give React Flow: `derived` (what the document says), except that a node whose
 * content did not change stays the very object React Flow already has, and a changed node
 * keeps its measured size (so it is not hidden and measured again) and, while the user drags
 * it, its position under the pointer. Returns `local` itself when nothing changed.
 */
export function reconcileNodes(local: CanvasNode[], derived: CanvasNode[]): CanvasNode[] {
  const byId = new Map(local.map((node) => [node.id, node]));
  let changed = local.length !== derived.length;
  const result = derived.map((next, i): CanvasNode => {
    const current = byId.get(next.id);
    let node: CanvasNode = next;
    if (current !== undefined && current.type === next.type) {
      const dragging = current.dragging === true;
      if (hasFieldsOf(current, next, dragging ? 'position' : null)) node = current;
      else {
        node = { ...next } as CanvasNode;
        if (current.measured !== undefined) node.measured = current.measured;
        if (dragging) {
          node.position = current.position;
          node.dragging = true;
        }
      }
    }
    if (node !== local[i]) changed = true;
    return node;
  });
  return changed ? result : local;
}

/** The edges to give React Flow: `next`, reusing each object of `previous` that is equal. */
export function reconcileEdges(previous: CanvasEdge[], next: CanvasEdge[]): CanvasEdge[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  let changed = previous.length !== next.length;
  const result = next.map((edge, i) => {
    const current = byId.get(edge.id);
    const kept = current !== undefined && deepEqual(current, edge) ? current : edge;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? result : previous;
}
