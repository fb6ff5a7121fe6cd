import { INSTRUCTION_NAMES } from '../../instructions.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { withTriggers } from './support/find.ts';
import { suggest } from './support/suggest.ts';

/**
 * UnknownInstruction: a keyword that is none of the 18 instructions. BuildKit's parser
 * accepts the line, then `instructions.Parse` stops the build with "unknown instruction",
 * suggesting the closest name. ONBUILD triggers are checked too: a child stage that
 * inherits one fails the same way.
 */
export const unknownInstruction: LintRule = {
  name: 'UnknownInstruction',
  source: 'syntax',
  severity: 'error',
  description: 'The keyword is not a Dockerfile instruction.',
  check({ ast }) {
    const findings: LintFinding[] = [];
    for (const instruction of withTriggers(ast)) {
      if (instruction.known) continue;
      // BuildKit suggests case-insensitively and answers in the casing the user typed.
      const match = suggest(instruction.keyword, INSTRUCTION_NAMES, false);
      const hint = match === null ? '' : ` (did you mean ${match}?)`;
      findings.push({ ...instruction.keywordRange, message: `unknown instruction: ${instruction.keyword}${hint}` });
    }
    return findings;
  },
};
