import type { Instruction } from '../../ast.ts';
import type { LintFinding, LintRule } from '../rule.ts';

/**
 * ConsistentInstructionCasing: keywords should share one casing. As in BuildKit's
 * `validateCommandCasing`, the FROM lines and the instructions of stages vote (global ARGs
 * before the first FROM do not); lowercase wins only with a strict majority. A keyword is
 * flagged when it is not entirely in the winning casing, mixed-case ones (`From`) included.
 */
export const consistentInstructionCasing: LintRule = {
  name: 'ConsistentInstructionCasing',
  source: 'buildkit',
  severity: 'warning',
  description: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
  check({ model }) {
    const voters: Instruction[] = [];
    for (const stage of model.stages) {
      voters.push(stage.fromInstruction);
      // BuildKit stops at an unknown instruction before it gets here.
      for (const instruction of stage.instructions) if (instruction.known) voters.push(instruction);
    }
    let lower = 0;
    let upper = 0;
    for (const { keyword } of voters) {
      if (keyword === keyword.toLowerCase()) lower++;
      else if (keyword === keyword.toUpperCase()) upper++;
    }
    const majorityLower = lower > upper;
    const findings: LintFinding[] = [];
    for (const { keyword, keywordRange } of voters) {
      const expected = majorityLower ? keyword.toLowerCase() : keyword.toUpperCase();
      if (keyword === expected) continue;
      const casing = majorityLower ? 'lowercase' : 'uppercase';
      findings.push({ ...keywordRange, message: `Command '${keyword}' should match the case of the command majority (${casing})` });
    }
    return findings;
  },
};
