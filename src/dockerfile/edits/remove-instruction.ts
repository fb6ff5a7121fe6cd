import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { instructionLines, removeLines } from './edit-text.ts';
import { stageInstruction } from './instruction-text.ts';

/** Intent: remove a stage's instruction. */
export interface RemoveInstructionIntent {
  readonly stage: number;
  /** An index into `stage.instructions` (after FROM). */
  readonly instruction: number;
}

/**
 * Removes an instruction's whole lines: continuation lines, comment lines inside it and
 * heredoc bodies included. Comments above it stay (they may describe more than it).
 */
export function removeInstruction(analysis: Analysis, intent: RemoveInstructionIntent): EditResult {
  const found = stageInstruction(analysis, intent.stage, intent.instruction);
  if (typeof found === 'string') return refuse(found);
  const { source } = analysis.ast;
  return { ok: true, changes: [removeLines(source, instructionLines(analysis, found.instruction))], selectStage: found.stage.index };
}
