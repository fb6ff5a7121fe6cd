import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { CONTINUATION_AT_END, continuationAtEnd, insertLines, instructionLines, lineEnding } from './edit-text.ts';
import { neighbourIndentation } from './connect-copy.ts';
import { checkInstructionText } from './instruction-text.ts';

/** Intent: add an instruction to a stage. */
export interface AddInstructionIntent {
  readonly stage: number;
  /** The instruction as written (`RUN make`); several lines for continuations or heredocs. */
  readonly text: string;
  /** Insert after this instruction (an index into `stage.instructions`); -1 for right after FROM; the end when absent. */
  readonly after?: number;
}

/**
 * Adds an instruction on its own lines, indented like its neighbours (unless the text is
 * indented already), in the document's line ending. Refuses text that is not exactly one
 * instruction, or is a FROM.
 */
export function addInstruction(analysis: Analysis, intent: AddInstructionIntent): EditResult {
  const stage = analysis.model.stages[intent.stage];
  if (stage === undefined) return refuse(`There is no stage ${intent.stage}.`);
  const after = intent.after ?? stage.instructions.length - 1;
  const anchor = after === -1 ? stage.fromInstruction : stage.instructions[after];
  if (anchor === undefined || after < -1) return refuse(`Stage ${stage.index} has no instruction ${after}.`);
  if (continuationAtEnd(analysis.ast) === anchor) return refuse(CONTINUATION_AT_END);
  const { source } = analysis.ast;
  const eol = lineEnding(source);
  const checked = checkInstructionText(analysis, intent.text, eol);
  if (typeof checked === 'string') return refuse(checked);
  const indent = /^[ \t]/.test(checked.text) ? '' : neighbourIndentation(analysis, stage, anchor);
  const insertion = insertLines(source, instructionLines(analysis, anchor).to, indent + checked.text + eol, eol);
  return { ok: true, changes: [insertion], selectStage: stage.index };
}
