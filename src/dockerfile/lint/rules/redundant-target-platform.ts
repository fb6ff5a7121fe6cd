import type { LintFinding, LintRule } from '../rule.ts';
import { platformFlags } from './support/find.ts';
import { globalScope } from './support/global-scope.ts';
import { lexWord } from '../../shell-lex.ts';

/**
 * RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM`. Stages build for the target
 * platform anyway. As in BuildKit, it fires when TARGETPLATFORM is the only variable the
 * value uses and the value is exactly the target platform.
 */
export const redundantTargetPlatform: LintRule = {
  name: 'RedundantTargetPlatform',
  source: 'buildkit',
  severity: 'warning',
  description: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
  check(context) {
    const { ast } = context;
    const globals = globalScope(ast);
    const findings: LintFinding[] = [];
    for (const { value, valueRange } of platformFlags(context)) {
      const platform = lexWord(value, globals.lookup, { escape: ast.escape });
      const onlyTarget = platform.matched.size === 1 && platform.matched.has('TARGETPLATFORM') && platform.unmatched.length === 0;
      if (!onlyTarget || platform.value !== globals.values.get('TARGETPLATFORM')) continue;
      findings.push({
        ...valueRange,
        message: `Setting platform to predefined ${value} in FROM is redundant as this is the default behavior`,
      });
    }
    return findings;
  },
};
