import type { Analysis } from '../analyze.ts';
import type { Range } from '../ast.ts';
import type { EdgeKind } from '../model.ts';
import { lineAt } from '../text.ts';
import type { Change } from './changes.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { blankLinesAfter, blankLinesBefore, mergeOverlappingDeletions, removeLines, stageBlock } from './edit-text.ts';
import { edgeRemoval, renumberReferences } from './stage-references.ts';

/** Intent: delete stages, and optionally what refers to them. */
export interface DeleteStageIntent {
  readonly stages: readonly number[];
  /** Also remove the COPY instructions and mount `from=` fields that refer to them. */
  readonly withDependents: boolean;
}

/** A reference to a deleted stage from a stage that stays. */
export interface DeletionReference {
  /** The stage that refers (it stays). */
  readonly stage: number;
  readonly kind: EdgeKind;
  /** 1-based line of the reference. */
  readonly line: number;
}

/** What deleting stages changes, for the confirmation. */
export interface DeletionDescription {
  /** Lines of the stages' blocks (comments directly above their FROM included). */
  readonly lines: number;
  /**
   * References to the deleted stages from the stages that stay. With "delete with
   * dependents", `copy` and `mount` ones are removed too; `from` ones never are: those
   * stages would then start from an image of that name, so the UI should flag them.
   */
  readonly references: readonly DeletionReference[];
}

function validStages(analysis: Analysis, stages: readonly number[]): Set<number> | string {
  if (stages.length === 0) return 'No stage is selected.';
  const missing = stages.find((s) => analysis.model.stages[s] === undefined);
  return missing === undefined ? new Set(stages) : `There is no stage ${missing}.`;
}

/** Describes what {@link deleteStage} would change. Unknown stage indexes are ignored. */
export function describeDeletion(analysis: Analysis, stages: readonly number[]): DeletionDescription {
  const deleted = new Set(stages.filter((s) => analysis.model.stages[s] !== undefined));
  let lines = 0;
  for (const index of deleted) {
    const block = stageBlock(analysis, analysis.model.stages[index]!);
    lines += lineAt(analysis.lines, block.to - 1) - lineAt(analysis.lines, block.from) + 1;
  }
  const references = analysis.model.edges
    .filter((e) => e.from !== null && deleted.has(e.from) && !deleted.has(e.to))
    .map((e) => ({ stage: e.to, kind: e.kind, line: lineAt(analysis.lines, e.range.from) }));
  return { lines, references };
}

/**
 * The ranges that deleting stages removes: each block, with the blank lines after it (or,
 * for blocks that end the text, the blank lines before it), so separators do not pile up.
 * Sorted and merged.
 */
function removedRanges(analysis: Analysis, deleted: ReadonlySet<number>): Range[] {
  const { source } = analysis.ast;
  const ranges = [...deleted].map((index) => {
    const block = stageBlock(analysis, analysis.model.stages[index]!);
    const after = blankLinesAfter(source, block.to);
    return after < source.length ? { from: block.from, to: after } : { from: blankLinesBefore(source, block.from), to: source.length };
  });
  ranges.sort((a, b) => a.from - b.from);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.from <= last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, range.to) };
    else merged.push(range);
  }
  return merged;
}

/**
 * Deletes stages: their lines, from the comment block directly above each FROM to the end
 * of its last instruction, and one run of blank lines that separated it. Every other
 * comment stays. Numeric `COPY --from=N` references to later stages are renumbered. With
 * `withDependents`, COPY instructions and mount `from=` fields that refer to the deleted
 * stages go too; FROM references are always left (see {@link describeDeletion}).
 */
export function deleteStage(analysis: Analysis, intent: DeleteStageIntent): EditResult {
  const deleted = validStages(analysis, intent.stages);
  if (typeof deleted === 'string') return refuse(deleted);
  const { source } = analysis.ast;
  const removed = removedRanges(analysis, deleted).map((r) => removeLines(source, r));
  const inside = (c: Range) => removed.some((r) => r.from <= c.from && c.to <= r.to);
  const dependents: Change[] = [];
  if (intent.withDependents) {
    for (const edge of analysis.model.edges) {
      if (edge.kind === 'from' || edge.from === null || !deleted.has(edge.from) || deleted.has(edge.to)) continue;
      const changes = edgeRemoval(analysis, edge);
      if (typeof changes === 'string') return refuse(changes);
      for (const change of changes) {
        if (!inside(change) && !dependents.some((d) => d.from === change.from && d.to === change.to)) dependents.push(change);
      }
    }
  }
  const shift = (index: number) => (deleted.has(index) ? null : index - [...deleted].filter((d) => d < index).length);
  const renumbered = renumberReferences(analysis, shift, [...removed, ...dependents]);
  return { ok: true, changes: mergeOverlappingDeletions(source, [...removed, ...dependents, ...renumbered]) };
}
