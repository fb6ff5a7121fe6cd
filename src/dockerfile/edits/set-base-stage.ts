import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { referenceNameFor } from './stage-names.ts';

/** Intent: make stage `stage` start from stage `base`. */
export interface SetBaseStageIntent {
  readonly stage: number;
  readonly base: number;
}

/**
 * Makes `stage` start `FROM <name of base>`, replacing only the base image token (flags and
 * `AS name` stay). A base with no name gets one. Refuses `base >= stage`: FROM can only name
 * an earlier stage.
 */
export function setBaseStage(analysis: Analysis, intent: SetBaseStageIntent): EditResult {
  const { stages } = analysis.model;
  const stage = stages[intent.stage];
  const base = stages[intent.base];
  if (stage === undefined || base === undefined) return refuse(`There is no stage ${stage === undefined ? intent.stage : intent.base}.`);
  if (intent.base >= intent.stage) {
    return refuse(intent.base === intent.stage ? 'A stage cannot start from itself.' : 'A stage can only start from a stage before it; move the stages first.');
  }
  if (stage.base.kind === 'stage' && stage.base.stage === base.index) return { ok: true, changes: [], selectStage: stage.index };
  const reference = referenceNameFor(analysis, base);
  if (typeof reference === 'string') return refuse(reference);
  return {
    ok: true,
    changes: [...reference.changes, { from: stage.baseRange.from, to: stage.baseRange.to, insert: reference.name }],
    selectStage: stage.index,
  };
}
