import type { LintFinding, LintRule } from '../rule.ts';

/**
 * StageNameCasing: `FROM image AS Name`. Stage names are case-insensitive and stored
 * lowercased, so a capital letter only misleads. BuildKit checks any three-argument FROM.
 */
export const stageNameCasing: LintRule = {
  name: 'StageNameCasing',
  source: 'buildkit',
  severity: 'warning',
  description: 'Stage names should be lowercase',
  check({ model }) {
    const findings: LintFinding[] = [];
    for (const stage of model.stages) {
      const args = stage.fromInstruction.args;
      const name = args[2];
      if (args.length !== 3 || name === undefined || name.value === name.value.toLowerCase()) continue;
      findings.push({ from: name.from, to: name.to, message: `Stage name '${name.value}' should be lowercase` });
    }
    return findings;
  },
};
