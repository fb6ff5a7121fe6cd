import { RESERVED_STAGE_NAMES } from '../../build-model.ts';
import { goQuote } from '../../parse/go-quote.ts';
import type { LintFinding, LintRule } from '../rule.ts';

/**
 * ReservedStageName: a stage named `scratch` or `context`. `FROM scratch` and the build
 * context already own those names, so the stage can never be referred to.
 */
export const reservedStageName: LintRule = {
  name: 'ReservedStageName',
  source: 'buildkit',
  severity: 'warning',
  description: 'Reserved words should not be used as stage names',
  check({ model }) {
    const findings: LintFinding[] = [];
    for (const stage of model.stages) {
      if (stage.name === null || stage.nameRange === null || !RESERVED_STAGE_NAMES.has(stage.name)) continue;
      findings.push({ ...stage.nameRange, message: `Stage name should not use the same name as reserved stage ${goQuote(stage.name)}` });
    }
    return findings;
  },
};
