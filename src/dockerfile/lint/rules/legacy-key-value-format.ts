import type { LintFinding, LintRule } from '../rule.ts';
import { stageInstructionsNamed } from './support/find.ts';

/**
 * LegacyKeyValueFormat: `ENV key value` / `LABEL key value`. The whitespace form takes the
 * whole rest of the line as one value and cannot set several keys, so `key=value` is the
 * form to use. The finding sits on the key; the message names the instruction as written.
 */
export const legacyKeyValueFormat: LintRule = {
  name: 'LegacyKeyValueFormat',
  source: 'buildkit',
  severity: 'warning',
  description: 'Legacy key/value format with whitespace separator should not be used',
  check(context) {
    const findings: LintFinding[] = [];
    for (const { instruction } of stageInstructionsNamed(context, 'ENV', 'LABEL')) {
      const name = instruction.keyword;
      for (const pair of instruction.keyValues) {
        if (pair.separator !== '') continue;
        findings.push({ ...pair.keyRange, message: `"${name} key=value" should be used instead of legacy "${name} key value" format` });
      }
    }
    return findings;
  },
};
