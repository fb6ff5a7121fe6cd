import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { CONTINUATION_AT_END, continuationAtEnd, keywordStyle, lineEnding, stageBlock } from './edit-text.ts';
import { renumberReferences } from './stage-references.ts';
import { freshStageName } from './stage-names.ts';
import { STAGE_TEMPLATES, type StageTemplateId } from './stage-templates.ts';

export { STAGE_TEMPLATES, type StageTemplate, type StageTemplateId } from './stage-templates.ts';

/** Intent: add a stage from a palette template. */
export interface AddStageIntent {
  readonly template: StageTemplateId;
  /** The stage order position to insert before; after the last stage when absent. */
  readonly at?: number;
}

/**
 * Adds `FROM <image> AS <fresh name>` (`stage-N` for the blank template, with N the first
 * free number), separated from its neighbours by one blank line, in the document's line
 * ending and keyword case. Numeric `COPY --from=N` references to the stages after it are
 * renumbered so they keep their meaning. Selects the new stage.
 */
export function addStage(analysis: Analysis, intent: AddStageIntent): EditResult {
  const template = STAGE_TEMPLATES.find((t) => t.id === intent.template);
  if (template === undefined) return refuse(`There is no stage template "${intent.template}".`);
  const { stages } = analysis.model;
  const at = intent.at ?? stages.length;
  if (!Number.isInteger(at) || at < 0 || at > stages.length) return refuse(`Position ${at} is outside the ${stages.length} stages.`);
  if (at === stages.length && continuationAtEnd(analysis.ast) !== null) return refuse(CONTINUATION_AT_END);
  const { source } = analysis.ast;
  const eol = lineEnding(source);
  const style = keywordStyle(analysis);
  const line = `${style.keyword('FROM')} ${template.image} ${style.as} ${freshStageName(analysis, template.name, template.numbered)}`;
  const renumbered = renumberReferences(analysis, (index) => (index >= at ? index + 1 : index));

  const before = stages[at];
  if (before !== undefined) {
    const from = stageBlock(analysis, before).from;
    return { ok: true, changes: [{ from, to: from, insert: line + eol + eol }, ...renumbered], selectStage: at };
  }
  let insert: string;
  if (source.trim() === '') insert = line + eol;
  else if (!source.endsWith('\n')) insert = eol + eol + line;
  else if (/\n[ \t]*\r?\n$/.test(source)) insert = line + eol;
  else insert = eol + line + eol;
  // A text of only blank lines is replaced, so the new stage starts on the first line.
  const from = source.trim() === '' ? 0 : source.length;
  return { ok: true, changes: [{ from, to: source.length, insert }, ...renumbered], selectStage: at };
}
