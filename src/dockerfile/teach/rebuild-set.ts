import type { Instruction } from '../ast.ts';
import type { Analysis } from '../analyze.ts';

/** Where a change happens: an offset into the text, or an instruction of a stage. */
export type RebuildOrigin =
  | number
  | {
      readonly stage: number;
      /** The index into the stage's instructions; `-1` is its FROM. */
      readonly instruction: number;
    };

/** What a change to one instruction makes BuildKit rebuild (its cache is invalid from there on). */
export interface RebuildSet {
  /** The stage of the changed instruction. */
  readonly stage: number;
  /** The changed instruction. */
  readonly instruction: Instruction;
  /** The instructions after it in its stage: their layers are built again. */
  readonly laterInstructions: readonly Instruction[];
  /**
   * Stages built again for the chosen target: the instruction's own stage (when the target
   * needs it) and every stage that depends on it, directly or through others, that the target
   * needs. In index order.
   */
  readonly stages: readonly number[];
  /** False when the chosen target does not need the stage at all: a change to it rebuilds nothing. */
  readonly reachable: boolean;
}

/** The stage instruction (FROM included) that holds `offset`, with its place. */
function instructionAt(analysis: Analysis, offset: number): { stage: number; instruction: number } | null {
  for (const stage of analysis.model.stages) {
    if (offset < stage.fromInstruction.from) break;
    const all = [stage.fromInstruction, ...stage.instructions];
    for (let i = 0; i < all.length; i++) {
      const instruction = all[i]!;
      // The end of an instruction's last line counts: that is where a click after the text lands.
      if (offset >= instruction.from && offset <= instruction.to) return { stage: stage.index, instruction: i - 1 };
    }
  }
  return null;
}

/**
 * What a change to an instruction rebuilds: the later instructions of its stage, and every
 * stage that depends on its stage (transitively) within the target's reachable set. Changing
 * FROM rebuilds the whole stage. `null` when `at` is not on an instruction of a stage.
 */
export function rebuildSet(analysis: Analysis, at: RebuildOrigin): RebuildSet | null {
  const place = typeof at === 'number' ? instructionAt(analysis, at) : at;
  if (place === null) return null;
  const stage = analysis.model.stages[place.stage];
  if (stage === undefined || place.instruction < -1 || place.instruction >= stage.instructions.length) return null;
  const instruction = place.instruction === -1 ? stage.fromInstruction : stage.instructions[place.instruction]!;
  const reachable = new Set(analysis.plan?.reachable ?? []);
  const affected = new Set<number>([stage.index]);
  const queue = [stage.index];
  while (queue.length > 0) {
    for (const dependent of analysis.graph.dependents[queue.pop()!] ?? []) {
      if (!affected.has(dependent)) {
        affected.add(dependent);
        queue.push(dependent);
      }
    }
  }
  return {
    stage: stage.index,
    instruction,
    laterInstructions: stage.instructions.slice(place.instruction + 1),
    stages: [...affected].filter((s) => reachable.has(s)).sort((a, b) => a - b),
    reachable: reachable.has(stage.index),
  };
}
