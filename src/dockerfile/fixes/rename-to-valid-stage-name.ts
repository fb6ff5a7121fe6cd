import type { Analysis } from '../analyze.ts';
import { RESERVED_STAGE_NAMES, STAGE_NAME_PATTERN } from '../build-model.ts';
import { refuse, type EditResult } from '../edits/edit-result.ts';
import { renameStage } from '../edits/rename-stage.ts';
import { freshStageName } from '../edits/stage-names.ts';
import type { FindingRef } from './quick-fix.ts';

/**
 * A valid name close to `name`: lowercased, each run of characters BuildKit refuses turned
 * into `-`, a leading non-letter prefixed with `stage-`; a reserved name gets `-stage`.
 */
export function validStageNameFor(name: string): string {
  let clean = name.toLowerCase().replace(/[^a-z0-9\-_.]+/g, '-').replace(/^-+|-+$/g, '');
  if (RESERVED_STAGE_NAMES.has(clean)) clean = `${clean}-stage`;
  if (!/^[a-z]/.test(clean)) clean = clean === '' ? 'stage' : `stage-${clean}`;
  return STAGE_NAME_PATTERN.test(clean) ? clean : 'stage';
}

/**
 * InvalidStageName and ReservedStageName: renames the stage (and every reference to it) to
 * the nearest valid name that no other stage or image of the file uses.
 */
export function renameToValidStageName(analysis: Analysis, finding: FindingRef): EditResult {
  const stage = analysis.model.stages.find((s) => s.nameRange !== null && s.nameRange.from <= finding.from && finding.from < s.nameRange.to);
  if (stage === undefined || stage.displayName === null) return refuse('The stage of this name was not found.');
  return renameStage(analysis, { stage: stage.index, name: freshStageName(analysis, validStageNameFor(stage.displayName)) });
}
