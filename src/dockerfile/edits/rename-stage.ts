import type { Analysis } from '../analyze.ts';
import type { Change } from './changes.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { copyFromFlags, mountFromFields, referringInstructions, stageNamed, unquotedRange } from './stage-references.ts';
import { nameInsertion, stageNameProblem } from './stage-names.ts';

/** Intent: give stage `stage` the name `name`. */
export interface RenameStageIntent {
  readonly stage: number;
  readonly name: string;
}

/**
 * Renames a stage: rewrites its `AS` name (adds `AS name` when it has none) and every
 * literal reference to it, in any case: `FROM name`, `COPY --from=name`, `--mount …
 * from=name`, also inside ONBUILD triggers. The name is written as typed (BuildKit matches
 * names in any case). Numeric `--from=N` references stay as they are.
 *
 * Refuses an invalid or reserved name, a name another stage has, and a stage that a FROM
 * reaches through a global ARG (`FROM ${BASE}`): rewriting the ARG would change other uses.
 */
export function renameStage(analysis: Analysis, intent: RenameStageIntent): EditResult {
  const stage = analysis.model.stages[intent.stage];
  if (stage === undefined) return refuse(`There is no stage ${intent.stage}.`);
  const name = intent.name.trim();
  const problem = stageNameProblem(analysis, name, stage.index);
  if (problem !== null) return refuse(problem);
  if (stage.displayName === name) return { ok: true, changes: [], selectStage: stage.index };

  const { source } = analysis.ast;
  const changes: Change[] = [];
  if (stage.nameRange === null) changes.push(nameInsertion(analysis, stage, name));
  else changes.push({ from: stage.nameRange.from, to: stage.nameRange.to, insert: name });

  for (const edge of analysis.model.edges) {
    if (edge.kind !== 'from' || edge.from !== stage.index) continue;
    const child = analysis.model.stages[edge.to]!;
    if (child.base.raw.toLowerCase() !== stage.name) {
      return refuse(`Stage ${child.index} reaches "${stage.displayName}" through "FROM ${child.base.raw}"; change that line or its ARG first.`);
    }
    changes.push({ from: edge.range.from, to: edge.range.to, insert: name });
  }

  // COPY --from and mount from= take the last stage with a name: they reach this stage only
  // when no later stage shares its name.
  const old = stage.name;
  if (old !== null && stageNamed(analysis, old) === stage.index) {
    for (const { instruction } of referringInstructions(analysis)) {
      for (const flag of copyFromFlags(instruction)) {
        const value = unquotedRange(source, flag.valueRange!);
        if (source.slice(value.from, value.to).toLowerCase() === old) changes.push({ ...value, insert: name });
      }
      for (const field of mountFromFields(source, instruction)) {
        if (field.name.toLowerCase() === old) changes.push({ ...field.value, insert: name });
      }
    }
  }
  return { ok: true, changes, selectStage: stage.index };
}
