import type { LintFinding, LintRule } from '../rule.ts';
import { goQuote } from '../../parse/go-quote.ts';

/**
 * DuplicateStageName: two stages with the same name (compared lowercased). BuildKit then
 * resolves the name to the later stage, which is rarely what the earlier users meant.
 */
export const duplicateStageName: LintRule = {
  name: 'DuplicateStageName',
  source: 'buildkit',
  severity: 'warning',
  description: 'Stage names should be unique',
  check({ model }) {
    const seen = new Set<string>();
    const findings: LintFinding[] = [];
    for (const stage of model.stages) {
      if (stage.name === null || stage.nameRange === null) continue;
      if (seen.has(stage.name)) {
        findings.push({ ...stage.nameRange, message: `Duplicate stage name ${goQuote(stage.name)}, stage names should be unique` });
      }
      seen.add(stage.name);
    }
    return findings;
  },
};
