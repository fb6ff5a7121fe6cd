import type { Analysis } from '../analyze.ts';
import type { Instruction, Range } from '../ast.ts';
import { stageTitle } from './stage-summary.ts';

/** What an outline entry stands for. */
export type OutlineKind = 'stage' | 'instruction' | 'arg';

/** One entry of the document outline, with its children. */
export interface OutlineSymbol extends Range {
  readonly name: string;
  /** A short description shown beside the name. */
  readonly detail: string;
  readonly kind: OutlineKind;
  /** The part to select when the entry is picked (a stage's name, an instruction's keyword). */
  readonly selection: Range;
  readonly children: readonly OutlineSymbol[];
}

/** Longest argument text shown in an outline entry; the rest is elided. */
const MAX_ARGS = 60;

function argumentText(source: string, instruction: Instruction): string {
  // Continuation lines read as one line in an outline.
  const text = source.slice(instruction.argsRange.from, instruction.argsRange.to).replace(/\s*\\?\r?\n\s*/g, ' ').trim();
  return text.length > MAX_ARGS ? `${text.slice(0, MAX_ARGS - 1)}…` : text;
}

function instructionSymbol(source: string, instruction: Instruction): OutlineSymbol {
  return {
    from: instruction.from,
    to: instruction.to,
    name: instruction.name,
    detail: argumentText(source, instruction),
    kind: 'instruction',
    selection: instruction.keywordRange,
    children: [],
  };
}

/**
 * The document outline: global ARGs, then each stage (named by its `AS` name or index)
 * with its instructions as children.
 */
export function documentOutline(analysis: Analysis): OutlineSymbol[] {
  const { ast, model } = analysis;
  const symbols: OutlineSymbol[] = [];
  const globals = new Set(model.globals.map((g) => g.instruction));
  for (const instruction of globals) {
    symbols.push({ ...instructionSymbol(ast.source, instruction), kind: 'arg', name: `ARG ${argumentText(ast.source, instruction)}`, detail: 'global' });
  }
  for (const stage of model.stages) {
    symbols.push({
      from: stage.from,
      to: stage.to,
      name: stageTitle(stage),
      detail: `FROM ${stage.base.raw}`,
      kind: 'stage',
      selection: stage.nameRange ?? stage.fromInstruction.keywordRange,
      children: stage.instructions.map((instruction) => instructionSymbol(ast.source, instruction)),
    });
  }
  return symbols;
}
