import type { Range } from '../../ast.ts';
import { goQuote } from '../../parse/go-quote.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { stageInstructionsNamed } from './support/find.ts';
import { argWords } from './support/global-scope.ts';

/**
 * BuildKit's `getSecretsRegex`: a secret-like word as the whole name or as its first or
 * last `_`-separated part (case-insensitive), unless `public` appears the same way.
 */
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOWED = /(?:_|^)(?:public)(?:_|$)/i;

function isSecretName(name: string): boolean {
  return SECRET.test(name) && !ALLOWED.test(name);
}

/**
 * SecretsUsedInArgOrEnv: an ARG or ENV whose name looks like a secret. Such values end up
 * in the image's history and config; secret mounts are the way to pass them. BuildKit
 * checks the ARGs and ENVs of stages (its dispatcher runs this), not global ARGs.
 */
export const secretsUsedInArgOrEnv: LintRule = {
  name: 'SecretsUsedInArgOrEnv',
  source: 'buildkit',
  severity: 'warning',
  description: 'Sensitive data should not be used in the ARG or ENV commands',
  check(context) {
    const findings: LintFinding[] = [];
    const report = (instruction: string, name: string, range: Range) => {
      if (!isSecretName(name)) return;
      findings.push({ ...range, message: `Do not use ARG or ENV instructions for sensitive data (${instruction} ${goQuote(name)})` });
    };
    const source = context.ast.source;
    for (const { instruction } of stageInstructionsNamed(context, 'ARG', 'ENV')) {
      if (instruction.name === 'ENV') {
        for (const pair of instruction.keyValues) report('ENV', pair.key, pair.keyRange);
        continue;
      }
      for (const word of argWords(instruction)) {
        // Highlight the name alone where the word is written on one line.
        const to = word.arg.from + word.name.length;
        const range = source.slice(word.arg.from, to) === word.name ? { from: word.arg.from, to } : word.arg;
        report('ARG', word.name, range);
      }
    }
    return findings;
  },
};
