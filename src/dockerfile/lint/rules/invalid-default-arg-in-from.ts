import type { LintFinding, LintRule } from '../rule.ts';
import { globalScope } from './support/global-scope.ts';
import { isValidImageReference } from './support/image-reference.ts';
import { lexWord } from '../../shell-lex.ts';

/**
 * InvalidDefaultArgInFrom: with the global ARGs at their defaults (no `--build-arg`), the
 * FROM image name is empty or not a valid reference, e.g. `ARG VERSION` then
 * `FROM busybox:$VERSION` gives `busybox:`. BuildKit checks every FROM this way and gives
 * up on all of them at the first one whose variables do not even expand.
 */
export const invalidDefaultArgInFrom: LintRule = {
  name: 'InvalidDefaultArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  description: 'Default value for global ARG results in an empty or invalid base image name',
  check({ ast, model }) {
    const globals = globalScope(ast);
    const findings: LintFinding[] = [];
    for (const stage of model.stages) {
      const base = stage.fromInstruction.args[0];
      if (base === undefined) continue;
      const name = lexWord(base.value, globals.lookup, { escape: ast.escape });
      if (name.error) break;
      if (isValidImageReference(name.value)) continue;
      findings.push({ from: base.from, to: base.to, message: `Default value for ARG ${base.value} results in empty or invalid base image name` });
    }
    return findings;
  },
};
