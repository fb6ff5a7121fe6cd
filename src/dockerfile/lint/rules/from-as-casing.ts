import type { LintFinding, LintRule } from '../rule.ts';

/**
 * FromAsCasing: `FROM image as name` (or `from image AS name`). When the FROM keyword is
 * all upper or all lower case, the AS keyword should match it. A mixed-case `From` is
 * ConsistentInstructionCasing's business, so BuildKit skips it here.
 */
export const fromAsCasing: LintRule = {
  name: 'FromAsCasing',
  source: 'buildkit',
  severity: 'warning',
  description: "The 'as' keyword should match the case of the 'from' keyword",
  check({ model }) {
    const findings: LintFinding[] = [];
    for (const stage of model.stages) {
      const from = stage.fromInstruction.keyword;
      const as = stage.fromInstruction.args[1];
      if (stage.fromInstruction.args.length < 3 || as === undefined) continue;
      const lower = from === from.toLowerCase();
      const upper = from === from.toUpperCase();
      if (!lower && !upper) continue;
      const matches = lower ? as.value === as.value.toLowerCase() : as.value === as.value.toUpperCase();
      if (!matches) findings.push({ from: as.from, to: as.to, message: `'${as.value}' and '${from}' keywords' casing do not match` });
    }
    return findings;
  },
};
