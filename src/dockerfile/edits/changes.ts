/**
 * Changes as data, after CodeMirror's `ChangeSpec`: `{from, to, insert}` offsets into the
 * text *before* the change. A change set is a list of such changes that do not overlap.
 * History keeps inverted change sets; views map positions through them.
 */

/** Replace `[from, to)` of the old text with `insert`. */
export interface Change {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** Changes against one text, applied together. */
export type ChangeSet = readonly Change[];

/** Sorts a change set and checks that it fits `length` and does not overlap. */
export function normalizeChanges(changes: ChangeSet, length: number): Change[] {
  const sorted = [...changes].sort((a, b) => a.from - b.from || a.to - b.to);
  let end = 0;
  for (const change of sorted) {
    if (change.from < end || change.to < change.from || change.to > length) {
      throw new RangeError(`invalid change ${change.from}-${change.to} for a text of ${length} (after ${end})`);
    }
    end = change.to;
  }
  return sorted.filter((c) => c.from !== c.to || c.insert !== '');
}

/** Applies a change set to `text`. */
export function applyChanges(text: string, changes: ChangeSet): string {
  const sorted = normalizeChanges(changes, text.length);
  if (sorted.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const change of sorted) {
    parts.push(text.slice(at, change.from), change.insert);
    at = change.to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The change set that undoes `changes` (applied to `text`), in the new text's offsets. */
export function invertChanges(text: string, changes: ChangeSet): Change[] {
  const sorted = normalizeChanges(changes, text.length);
  const inverse: Change[] = [];
  let delta = 0;
  for (const change of sorted) {
    const from = change.from + delta;
    inverse.push({ from, to: from + change.insert.length, insert: text.slice(change.from, change.to) });
    delta += change.insert.length - (change.to - change.from);
  }
  return inverse;
}

/**
 * Maps an offset of the old text into the new one. `assoc` says which side an offset
 * at an insertion point sticks to: -1 before the inserted text, 1 after it.
 */
export function mapOffset(offset: number, changes: ChangeSet, assoc: -1 | 1 = -1): number {
  let delta = 0;
  for (const change of [...changes].sort((a, b) => a.from - b.from)) {
    if (change.from > offset || (change.from === offset && change.to === offset && assoc < 0)) break;
    if (change.to <= offset && !(change.from === offset && change.to === offset && assoc < 0)) {
      delta += change.insert.length - (change.to - change.from);
      continue;
    }
    // The offset sits inside a replaced range: it moves to the edge of the replacement.
    return change.from + delta + (assoc < 0 ? 0 : change.insert.length);
  }
  return offset + delta;
}

/**
 * The smallest single change that turns `before` into `after` (common prefix and suffix
 * kept). Used to collapse a run of typing into one history step.
 */
export function diffTexts(before: string, after: string): Change[] {
  if (before === after) return [];
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return [{ from: prefix, to: before.length - suffix, insert: after.slice(prefix, after.length - suffix) }];
}
