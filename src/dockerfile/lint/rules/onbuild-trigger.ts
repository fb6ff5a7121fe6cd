import type { LintFinding, LintRule } from '../rule.ts';
import { instructionsNamed } from './support/find.ts';

/**
 * OnbuildTrigger: `ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER`, which
 * BuildKit's `parseOnBuild` refuses whether or not a child stage ever uses the trigger.
 */
export const onbuildTrigger: LintRule = {
  name: 'OnbuildTrigger',
  source: 'syntax',
  severity: 'error',
  description: 'ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER.',
  check({ ast }) {
    const findings: LintFinding[] = [];
    for (const onbuild of instructionsNamed(ast, 'ONBUILD')) {
      const trigger = onbuild.trigger;
      if (trigger === null) continue;
      if (trigger.name === 'ONBUILD') {
        findings.push({ ...trigger.keywordRange, message: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed" });
      } else if (trigger.name === 'FROM' || trigger.name === 'MAINTAINER') {
        findings.push({ ...trigger.keywordRange, message: `${trigger.name} isn't allowed as an ONBUILD trigger` });
      }
    }
    return findings;
  },
};
