import type { LintFinding, LintRule } from '../rule.ts';
import { stageInstructionsNamed } from './support/find.ts';
import { stageScopes } from './support/stage-scope.ts';

/**
 * JSONArgsRecommended: CMD or ENTRYPOINT in shell form runs under `/bin/sh -c`, which does
 * not pass signals on. BuildKit stays quiet once a SHELL instruction is in force in the
 * stage (or in the stage it builds on), since a custom shell is then clearly intended.
 */
export const jsonArgsRecommended: LintRule = {
  name: 'JSONArgsRecommended',
  source: 'buildkit',
  severity: 'warning',
  description: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
  check(context) {
    const scopes = stageScopes(context);
    const findings: LintFinding[] = [];
    for (const { instruction } of stageInstructionsNamed(context, 'CMD', 'ENTRYPOINT')) {
      if (instruction.form === 'json' || scopes.before(instruction)?.shell === true) continue;
      const range = instruction.argsRange.from < instruction.argsRange.to ? instruction.argsRange : instruction.keywordRange;
      // BuildKit names the instruction as written (`cmd` stays lowercase).
      const message = `JSON arguments recommended for ${instruction.keyword} to prevent unintended behavior related to OS signals`;
      findings.push({ from: range.from, to: range.to, message });
    }
    return findings;
  },
};
