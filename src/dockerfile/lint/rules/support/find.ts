import type { DockerfileAst, Flag, Instruction, Range } from '../../../ast.ts';
import type { Stage } from '../../../model.ts';
import type { LintContext } from '../../rule.ts';

/** Top-level instructions whose upper-cased name is one of `names`, in source order. */
export function instructionsNamed(ast: DockerfileAst, ...names: string[]): Instruction[] {
  const wanted = new Set(names);
  return ast.instructions.filter((instruction) => wanted.has(instruction.name));
}

/** Every instruction, each ONBUILD trigger right after its ONBUILD, in source order. */
export function withTriggers(ast: DockerfileAst): Instruction[] {
  const out: Instruction[] = [];
  for (const instruction of ast.instructions) {
    out.push(instruction);
    if (instruction.trigger !== null) out.push(instruction.trigger);
  }
  return out;
}

/** One instruction of a stage (FROM excluded), with its stage. */
export interface StageInstruction {
  readonly stage: Stage;
  readonly instruction: Instruction;
}

/** The instructions after each FROM whose name is one of `names`, stage by stage. */
export function stageInstructionsNamed(context: LintContext, ...names: string[]): StageInstruction[] {
  const wanted = new Set(names);
  const out: StageInstruction[] = [];
  for (const stage of context.model.stages) {
    for (const instruction of stage.instructions) if (wanted.has(instruction.name)) out.push({ stage, instruction });
  }
  return out;
}

/** A stage's most telling token: its `AS` name, else its FROM keyword. */
export function stageToken(stage: Stage): Range {
  return stage.nameRange ?? stage.fromInstruction.keywordRange;
}

/** How messages name a stage: `'build'`, or `0` for an unnamed one. */
export function stageLabel(stage: Stage): string {
  return stage.displayName === null ? String(stage.index) : `'${stage.displayName}'`;
}

/** A stage's `FROM --platform=<value>`, with its value and where the value sits. */
export interface PlatformFlag {
  readonly stage: Stage;
  readonly value: string;
  readonly valueRange: Range;
  readonly flag: Flag;
}

/** Every stage's `--platform` flag that has a value, in stage order. */
export function platformFlags(context: LintContext): PlatformFlag[] {
  const found: PlatformFlag[] = [];
  for (const stage of context.model.stages) {
    const flag = stage.fromInstruction.flags.find((f) => f.name === 'platform');
    if (flag?.value == null || flag.valueRange === null) continue;
    found.push({ stage, value: flag.value, valueRange: flag.valueRange, flag });
  }
  return found;
}
