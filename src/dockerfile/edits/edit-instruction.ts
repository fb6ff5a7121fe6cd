import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { lineEnding, rewriteRegion } from './edit-text.ts';
import { checkInstructionText, stageInstruction } from './instruction-text.ts';

/** Intent: replace the text of a stage's instruction. */
export interface EditInstructionIntent {
  readonly stage: number;
  /** An index into `stage.instructions` (after FROM). */
  readonly instruction: number;
  /** The whole instruction as it should read, keyword included. */
  readonly text: string;
}

/**
 * Replaces an instruction's text (keyword to its last line, heredoc bodies included) with
 * `text`, as the smallest change (common prefix and suffix kept). Comments above it stay.
 * Refuses text that is not exactly one instruction, or is a FROM.
 */
export function editInstruction(analysis: Analysis, intent: EditInstructionIntent): EditResult {
  const found = stageInstruction(analysis, intent.stage, intent.instruction);
  if (typeof found === 'string') return refuse(found);
  const { source } = analysis.ast;
  const checked = checkInstructionText(analysis, intent.text.trimStart(), lineEnding(source));
  if (typeof checked === 'string') return refuse(checked);
  return { ok: true, changes: rewriteRegion(source, found.instruction, checked.text), selectStage: found.stage.index };
}
