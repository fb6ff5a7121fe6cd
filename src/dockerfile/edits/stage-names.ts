/**
 * Stage names for edit commands: BuildKit's validity rules, fresh names that clash with
 * nothing, and naming a stage that has none so that other stages can refer to it.
 */
import type { Analysis } from '../analyze.ts';
import { RESERVED_STAGE_NAMES, STAGE_NAME_PATTERN } from '../build-model.ts';
import type { Stage } from '../model.ts';
import type { Change } from './changes.ts';
import { keywordStyle } from './edit-text.ts';
import { stageNamed } from './stage-references.ts';

/**
 * Why `name` cannot name stage `stage` (any other stage index, or -1 for a new stage), or
 * `null` when it can. BuildKit lowercases names, so `Build` is valid and clashes with `build`.
 */
export function stageNameProblem(analysis: Analysis, name: string, stage: number): string | null {
  if (name === '') return 'A stage name cannot be empty.';
  const lower = name.toLowerCase();
  if (RESERVED_STAGE_NAMES.has(lower)) return `"${name}" is reserved by BuildKit and cannot name a stage.`;
  if (!STAGE_NAME_PATTERN.test(lower)) {
    return `"${name}" is not a valid stage name: it must start with a letter and hold only letters, digits, "-", "_" and ".".`;
  }
  const other = analysis.model.stages.find((s) => s.index !== stage && s.name === lower);
  if (other !== undefined) return `Stage ${other.index} is already named "${other.displayName ?? lower}".`;
  return null;
}

/**
 * Every lowercased word that a fresh name must avoid: stage names, and every image or
 * reference text the file uses (so naming a stage `node` cannot capture a later `FROM node`).
 */
function takenWords(analysis: Analysis): Set<string> {
  const taken = new Set<string>(RESERVED_STAGE_NAMES);
  for (const stage of analysis.model.stages) {
    if (stage.name !== null) taken.add(stage.name);
    taken.add(stage.base.raw.toLowerCase());
    taken.add(stage.base.ref.toLowerCase());
  }
  for (const edge of analysis.model.edges) if (edge.image !== null) taken.add(edge.image.toLowerCase());
  return taken;
}

/**
 * `base` if nothing uses it, else `base-2`, `base-3`… With `numbered`, always numbered,
 * from 1 (`stage-1`). The result is valid: a base that is not becomes `stage`.
 */
export function freshStageName(analysis: Analysis, base: string, numbered = false): string {
  const clean = STAGE_NAME_PATTERN.test(base) && !RESERVED_STAGE_NAMES.has(base) ? base : 'stage';
  const taken = takenWords(analysis);
  if (!numbered && !taken.has(clean)) return clean;
  for (let n = numbered ? 1 : 2; ; n++) {
    const candidate = `${clean}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A name that says what a stage is, for one that has none: its name, else the last path
 * segment of its base image (`gcr.io/distroless/static-debian12` → `static-debian12`), else
 * `stage`.
 */
export function describingName(stage: Stage): string {
  if (stage.name !== null) return stage.name;
  if (stage.base.kind === 'image') {
    const segment = stage.base.image.repository.split('/').pop() ?? '';
    const clean = segment.toLowerCase().replace(/[^a-z0-9-_.]/g, '-');
    if (STAGE_NAME_PATTERN.test(clean) && !RESERVED_STAGE_NAMES.has(clean)) return clean;
  }
  return 'stage';
}

/** The name to refer to a stage by, and the change that names it first when it has none. */
export interface StageReferenceName {
  readonly name: string;
  /** Empty when the stage already had a name. */
  readonly changes: readonly Change[];
}

/**
 * How `referrer` can refer to `stage` by name: its `AS` name as written, or a fresh name
 * added to its FROM (`AS name`). Refuses (returns a message) when another stage with the same
 * name would be the one BuildKit picks.
 */
export function referenceNameFor(analysis: Analysis, stage: Stage): StageReferenceName | string {
  if (stage.name !== null && stage.displayName !== null) {
    const target = stageNamed(analysis, stage.name);
    if (target !== stage.index) {
      return `Stage ${stage.index} shares the name "${stage.displayName}" with stage ${target}, which references would reach instead; rename one of them first.`;
    }
    return { name: stage.displayName, changes: [] };
  }
  const name = freshStageName(analysis, describingName(stage));
  return { name, changes: [nameInsertion(analysis, stage, name)] };
}

/** The change that adds ` AS name` to a FROM that has no name. */
export function nameInsertion(analysis: Analysis, stage: Stage, name: string): Change {
  const { as } = keywordStyle(analysis);
  return { from: stage.baseRange.to, to: stage.baseRange.to, insert: ` ${as} ${name}` };
}
