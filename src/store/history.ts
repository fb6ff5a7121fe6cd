import { applyChanges, diffTexts, invertChanges, type ChangeSet } from '../dockerfile/edits/changes.ts';

/** One undo step: the change set that takes the text back, and where the cursor was. */
export interface HistoryEntry {
  readonly inverse: ChangeSet;
  readonly cursorBefore: number | null;
  readonly time: number;
  /** True for a run of typed characters, which later keystrokes may join. */
  readonly typing: boolean;
}

/** Undo and redo stacks. Plain data: every operation returns a new value. */
export interface History {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

/** Keystrokes closer together than this join one undo step, as in most editors. */
export const TYPING_GROUP_MS = 1000;
const HISTORY_LIMIT = 500;

/** An empty history. */
export const EMPTY_HISTORY: History = { undo: [], redo: [] };

/** True for a change that looks like one typed or deleted character on one line. */
export function isTyping(changes: ChangeSet): boolean {
  if (changes.length !== 1) return false;
  const change = changes[0]!;
  const removed = change.to - change.from;
  return !change.insert.includes('\n') && change.insert.length <= 1 && removed <= 1 && (removed > 0 || change.insert.length > 0);
}

/**
 * Records `changes` (applied to `before`, giving `after`). Typing right after typing joins
 * the previous step: its inverse becomes the single change from `after` back to the text
 * the run started from.
 */
export function recordChange(
  history: History,
  before: string,
  after: string,
  changes: ChangeSet,
  cursorBefore: number | null,
  now: number,
  /** False for changes that are never keystrokes (canvas gestures, loads). */
  mayBeTyping = true,
): History {
  const typing = mayBeTyping && isTyping(changes);
  const top = history.undo[history.undo.length - 1];
  if (typing && top !== undefined && top.typing && now - top.time < TYPING_GROUP_MS) {
    const runStart = applyChanges(before, top.inverse);
    const merged: HistoryEntry = { inverse: diffTexts(after, runStart), cursorBefore: top.cursorBefore, time: now, typing: true };
    return { undo: [...history.undo.slice(0, -1), merged], redo: [] };
  }
  const entry: HistoryEntry = { inverse: invertChanges(before, changes), cursorBefore, time: now, typing };
  return { undo: [...history.undo, entry].slice(-HISTORY_LIMIT), redo: [] };
}

/** Moves the top entry from one stack to the other, inverting it against `text`. */
export function stepHistory(
  history: History,
  text: string,
  direction: 'undo' | 'redo',
): { history: History; changes: ChangeSet; cursor: number | null } | null {
  const from = direction === 'undo' ? history.undo : history.redo;
  const entry = from[from.length - 1];
  if (entry === undefined) return null;
  const opposite: HistoryEntry = { inverse: invertChanges(text, entry.inverse), cursorBefore: entry.cursorBefore, time: 0, typing: false };
  const rest = from.slice(0, -1);
  const next: History =
    direction === 'undo' ? { undo: rest, redo: [...history.redo, opposite] } : { undo: [...history.undo, opposite], redo: rest };
  return { history: next, changes: entry.inverse, cursor: entry.cursorBefore };
}
