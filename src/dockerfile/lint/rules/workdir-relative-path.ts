import { goQuote } from '../../parse/go-quote.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { stageInstructionsNamed } from './support/find.ts';
import { lexWord } from '../../shell-lex.ts';
import { envLookup, stageScopes } from './support/stage-scope.ts';

/**
 * `/app`, and the Windows forms `C:\app`, `C:/app` and `\app`: a drive letter only appears in
 * Dockerfiles for Windows images, where BuildKit judges paths the Windows way.
 */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}

/**
 * WorkdirRelativePath: a relative WORKDIR before any WORKDIR of the Dockerfile has made the
 * directory absolute. It then resolves against the base image's working directory, which
 * can change under you. As in BuildKit, only the first WORKDIR of a stage (counting the
 * stages it builds on) matters, and the path is judged after variable expansion. When a
 * variable's value cannot be known here (it comes from an image), the rule stays quiet.
 */
export const workdirRelativePath: LintRule = {
  name: 'WorkdirRelativePath',
  source: 'buildkit',
  severity: 'warning',
  description: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
  check(context) {
    const scopes = stageScopes(context);
    const findings: LintFinding[] = [];
    for (const { instruction } of stageInstructionsNamed(context, 'WORKDIR')) {
      const scope = scopes.before(instruction);
      const arg = instruction.args[0];
      if (scope === undefined || scope.workdirSet || arg === undefined) continue;
      const path = lexWord(arg.value, envLookup(scope), { escape: context.ast.escape });
      if (path.error || isAbsolute(path.value)) continue;
      const guess = path.uncertain || (scope.openImageEnv && path.unmatched.length > 0);
      if (guess) continue;
      findings.push({
        from: arg.from,
        to: arg.to,
        message: `Relative workdir ${goQuote(path.value)} can have unexpected results if the base image changes`,
      });
    }
    return findings;
  },
};
