import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { CONTINUATION_AT_END, continuationAtEnd, instructionBlock, lineEnding, rearrangeBlocks } from './edit-text.ts';
import { stageInstruction } from './instruction-text.ts';

/** Intent: move a stage's instruction to another position in the same stage. */
export interface MoveInstructionIntent {
  readonly stage: number;
  /** The instruction's index in `stage.instructions`. */
  readonly from: number;
  /** The index it has after the move. */
  readonly to: number;
}

/**
 * Moves an instruction within its stage, with its continuation lines, heredoc bodies and the
 * comment lines directly above it. Blank lines and other comments stay where they are.
 */
export function moveInstruction(analysis: Analysis, intent: MoveInstructionIntent): EditResult {
  const found = stageInstruction(analysis, intent.stage, intent.from);
  if (typeof found === 'string') return refuse(found);
  const { stage } = found;
  if (stage.instructions[intent.to] === undefined) return refuse(`Stage ${stage.index} has no position ${intent.to}.`);
  if (intent.from === intent.to) return { ok: true, changes: [], selectStage: stage.index };
  const low = Math.min(intent.from, intent.to);
  const high = Math.max(intent.from, intent.to);
  const dangling = continuationAtEnd(analysis.ast);
  if (dangling !== null && stage.instructions.slice(low, high + 1).includes(dangling)) return refuse(CONTINUATION_AT_END);
  const blocks = stage.instructions.slice(low, high + 1).map((i) => instructionBlock(analysis, i));
  const order = blocks.map((_, k) => k);
  const moved = order.splice(intent.from - low, 1)[0]!;
  order.splice(intent.to - low, 0, moved);
  const { source } = analysis.ast;
  return { ok: true, changes: rearrangeBlocks(source, blocks, order, lineEnding(source)), selectStage: stage.index };
}
