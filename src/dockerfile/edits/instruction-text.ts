/**
 * Instruction text typed by the user, checked before an edit command writes it.
 */
import type { Analysis } from '../analyze.ts';
import type { Instruction } from '../ast.ts';
import type { Stage } from '../model.ts';
import { parseDockerfile } from '../parser.ts';
import { continuationAtEnd, withLineEnding } from './edit-text.ts';

/**
 * The text as it will be written (the document's line breaks, no trailing line break), or a
 * message saying why it is not one instruction of a stage. It is read with the document's
 * escape character.
 */
export function checkInstructionText(analysis: Analysis, text: string, eol: string): string | { text: string } {
  const clean = withLineEnding(text.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/(?:\r?\n[ \t]*)+$/, '').trimEnd(), eol);
  if (clean.trim() === '') return 'The instruction cannot be empty.';
  const prefix = analysis.ast.escape === '`' ? `# escape=\`${eol}` : '';
  const ast = parseDockerfile(prefix + clean);
  // Only comments (or directives): the parser's "file with no instructions" would puzzle here.
  if (ast.instructions.length === 0) return 'That is a comment, not an instruction; write comments in the editor.';
  const error = ast.diagnostics.find((d) => d.severity === 'error');
  if (error !== undefined) return error.message;
  if (ast.instructions.length !== 1) {
    return 'Write one instruction at a time.';
  }
  const instruction = ast.instructions[0]!;
  if (!instruction.known) return `"${instruction.keyword}" is not a Dockerfile instruction.`;
  if (instruction.name === 'FROM') return 'FROM starts a new stage; add a stage instead.';
  if (continuationAtEnd(ast) !== null) return 'The instruction ends with a line continuation, which would join the next line to it.';
  return { text: clean };
}

/** Stage `index`'s instruction `instruction` (after FROM), or a message. */
export function stageInstruction(analysis: Analysis, index: number, instruction: number): { stage: Stage; instruction: Instruction } | string {
  const stage = analysis.model.stages[index];
  if (stage === undefined) return `There is no stage ${index}.`;
  const found = stage.instructions[instruction];
  if (found === undefined) return `Stage ${index} has no instruction ${instruction}.`;
  return { stage, instruction: found };
}
