import type { Analysis } from '../analyze.ts';
import { lineAt } from '../text.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { CONTINUATION_AT_END, continuationAtEnd, lineEnding, rearrangeBlocks, stageBlock } from './edit-text.ts';
import { renumberReferences } from './stage-references.ts';

/** Intent: move a stage one place up (-1) or down (1) in stage order. */
export interface MoveStageIntent {
  readonly stage: number;
  readonly direction: -1 | 1;
}

const EDGE_WORDS = { from: 'FROM', copy: 'COPY --from', mount: '--mount from=' } as const;

/**
 * Swaps a stage's block (comments directly above its FROM included) with its neighbour's;
 * what lies between them stays. Numeric `COPY --from=N` references to the two are swapped.
 * Refuses when the later stage uses the earlier one (naming the reference), and when the
 * swap would change what a name refers to.
 */
export function moveStage(analysis: Analysis, intent: MoveStageIntent): EditResult {
  const { stages } = analysis.model;
  const stage = stages[intent.stage];
  if (stage === undefined) return refuse(`There is no stage ${intent.stage}.`);
  const other = stages[intent.stage + intent.direction];
  if (other === undefined) return refuse(`Stage ${stage.index} is already the ${intent.direction < 0 ? 'first' : 'last'} stage.`);
  const [first, second] = intent.direction < 0 ? [other, stage] : [stage, other];
  const label = (s: typeof stage) => (s.displayName === null ? `stage ${s.index}` : `"${s.displayName}"`);
  const use = analysis.model.edges.find((e) => e.from === first.index && e.to === second.index);
  if (use !== undefined) {
    return refuse(
      `${label(second)} uses ${label(first)} (${EDGE_WORDS[use.kind]} on line ${lineAt(analysis.lines, use.range.from)}): a stage must come after the stages it uses.`,
    );
  }
  if (second.name !== null && first.base.ref.toLowerCase() === second.name) {
    return refuse(`${label(first)} starts FROM ${first.base.raw}, which would then name the stage ${label(second)}.`);
  }
  if (first.name !== null && first.name === second.name) return refuse(`Both stages are named "${first.name}"; rename one first.`);
  if (second.index === stages.length - 1 && continuationAtEnd(analysis.ast) !== null) return refuse(CONTINUATION_AT_END);
  const { source } = analysis.ast;
  const swap = (index: number) => (index === first.index ? second.index : index === second.index ? first.index : index);
  const renumbered = renumberReferences(analysis, swap);
  const blocks = [stageBlock(analysis, first), stageBlock(analysis, second)];
  const region = { from: blocks[0]!.from, to: blocks[1]!.to };
  const outside = renumbered.filter((c) => c.to <= region.from || c.from >= region.to);
  const moved = rearrangeBlocks(source, blocks, [1, 0], lineEnding(source), renumbered);
  return { ok: true, changes: [...moved, ...outside], selectStage: intent.stage + intent.direction };
}
