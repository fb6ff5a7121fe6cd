import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { CONTINUATION_AT_END, continuationAtEnd, insertLines, keywordStyle, lineEnding, lineStartOf, wholeLines } from './edit-text.ts';
import { renumberReferences } from './stage-references.ts';
import { describingName, freshStageName } from './stage-names.ts';

/** Intent: duplicate stage `stage`. */
export interface DuplicateStageIntent {
  readonly stage: number;
}

/**
 * Copies a stage's text (FROM to its last instruction, comments inside it included) right
 * after it, separated by a blank line, under a fresh name: `<name>-copy`, `<name>-copy-2`…
 * (a stage with no name is named after its image). Numeric `COPY --from=N` references to
 * later stages are renumbered. Selects the copy.
 */
export function duplicateStage(analysis: Analysis, intent: DuplicateStageIntent): EditResult {
  const stage = analysis.model.stages[intent.stage];
  if (stage === undefined) return refuse(`There is no stage ${intent.stage}.`);
  if (stage.index === analysis.model.stages.length - 1 && continuationAtEnd(analysis.ast) !== null) return refuse(CONTINUATION_AT_END);
  const { source } = analysis.ast;
  const eol = lineEnding(source);
  const lines = wholeLines(source, stage);
  const start = lineStartOf(source, stage.fromInstruction.from);
  const name = freshStageName(analysis, `${describingName(stage)}-copy`);
  const nameFrom = stage.nameRange?.from ?? stage.baseRange.to;
  const nameTo = stage.nameRange?.to ?? stage.baseRange.to;
  const nameText = stage.nameRange === null ? ` ${keywordStyle(analysis).as} ${name}` : name;
  let copy = source.slice(start, nameFrom) + nameText + source.slice(nameTo, lines.to);
  if (!copy.endsWith('\n')) copy += eol;
  const at = stage.index + 1;
  const renumbered = renumberReferences(analysis, (index) => (index >= at ? index + 1 : index));
  return { ok: true, changes: [insertLines(source, lines.to, eol + copy, eol), ...renumbered], selectStage: at };
}
