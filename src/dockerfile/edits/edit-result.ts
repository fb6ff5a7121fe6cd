import type { ChangeSet } from './changes.ts';

/**
 * What an edit command returns: the text changes to dispatch, or why it refuses.
 * Commands are pure: `(analysis, intent) => EditResult`. They never touch a store.
 */
export type EditResult =
  | {
      readonly ok: true;
      /** Changes against the analysed text (offsets into it). */
      readonly changes: ChangeSet;
      /** The stage to select after the change, by its index in the new text. */
      readonly selectStage?: number;
    }
  | { readonly ok: false; readonly reason: string };

/** A refusal, with a message for the user. */
export function refuse(reason: string): EditResult {
  return { ok: false, reason };
}
