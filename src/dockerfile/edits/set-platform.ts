import type { Analysis } from '../analyze.ts';
import type { Change } from './changes.ts';
import { refuse, type EditResult } from './edit-result.ts';

/** Intent: set or remove a stage's `--platform`. */
export interface SetPlatformIntent {
  readonly stage: number;
  /** `linux/amd64`, `$BUILDPLATFORM`…; `null` removes the flag. */
  readonly platform: string | null;
}

/**
 * Adds, changes or removes `--platform=` on a stage's FROM. Adding puts it right after the
 * keyword; changing rewrites only the value; removing takes the flag and the spaces after
 * it. Refuses an empty platform or one with spaces.
 */
export function setPlatform(analysis: Analysis, intent: SetPlatformIntent): EditResult {
  const stage = analysis.model.stages[intent.stage];
  if (stage === undefined) return refuse(`There is no stage ${intent.stage}.`);
  const { source } = analysis.ast;
  const from = stage.fromInstruction;
  const flag = from.flags.find((f) => f.name === 'platform');
  const platform = intent.platform?.trim() ?? null;
  if (platform !== null && (platform === '' || /\s/.test(platform))) {
    return refuse(platform === '' ? 'The platform cannot be empty; remove it instead.' : `"${platform}" is not a platform: it holds a space.`);
  }
  let changes: Change[];
  if (platform === null) {
    if (flag === undefined) changes = [];
    else {
      let to = flag.to;
      while (source[to] === ' ' || source[to] === '\t') to++;
      changes = [{ from: flag.from, to, insert: '' }];
    }
  } else if (flag === undefined) {
    changes = [{ from: from.keywordRange.to, to: from.keywordRange.to, insert: ` --platform=${platform}` }];
  } else if (flag.valueRange === null) {
    changes = [{ from: flag.from, to: flag.to, insert: `--platform=${platform}` }];
  } else {
    changes = source.slice(flag.valueRange.from, flag.valueRange.to) === platform ? [] : [{ ...flag.valueRange, insert: platform }];
  }
  return { ok: true, changes, selectStage: stage.index };
}
