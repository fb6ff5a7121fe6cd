import type { Instruction } from '../../ast.ts';
import type { LintFinding, LintRule } from '../rule.ts';

const SINGLE_USE: ReadonlySet<string> = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/**
 * MultipleInstructionsDisallowed: only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage
 * takes effect. As BuildKit does, the finding sits on the earlier instruction (the one
 * that is ignored) and names the instruction as the later one writes it. Each stage counts
 * afresh, even one built on another.
 */
export const multipleInstructionsDisallowed: LintRule = {
  name: 'MultipleInstructionsDisallowed',
  source: 'buildkit',
  severity: 'warning',
  description: 'Multiple instructions of the same type should not be used in the same stage',
  check({ model }) {
    const findings: LintFinding[] = [];
    for (const stage of model.stages) {
      const last = new Map<string, Instruction>();
      for (const instruction of stage.instructions) {
        if (!SINGLE_USE.has(instruction.name)) continue;
        const previous = last.get(instruction.name);
        if (previous !== undefined) {
          findings.push({
            ...previous.keywordRange,
            message: `Multiple ${instruction.keyword} instructions should not be used in the same stage because only the last one will be used`,
          });
        }
        last.set(instruction.name, instruction);
      }
    }
    return findings;
  },
};
