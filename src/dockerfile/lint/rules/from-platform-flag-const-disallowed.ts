import { goQuote } from '../../parse/go-quote.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { platformFlags } from './support/find.ts';
import { globalScope } from './support/global-scope.ts';
import { parsePlatform } from './support/platform.ts';
import { lexWord } from '../../shell-lex.ts';

/**
 * FromPlatformFlagConstDisallowed: `FROM --platform=linux/amd64` pins a stage to one
 * platform, which breaks multi-platform builds. BuildKit lets it pass when the value uses
 * any variable, when it does not parse, or when the stage name contains the platform's
 * OS or architecture (`AS build-amd64`), which marks the pin as deliberate.
 */
export const fromPlatformFlagConstDisallowed: LintRule = {
  name: 'FromPlatformFlagConstDisallowed',
  source: 'buildkit',
  severity: 'warning',
  description: 'FROM --platform flag should not use a constant value',
  check(context) {
    const { ast } = context;
    const globals = globalScope(ast);
    const findings: LintFinding[] = [];
    for (const { stage, value: written, valueRange } of platformFlags(context)) {
      const value = lexWord(written, globals.lookup, { escape: ast.escape });
      if (value.error || value.matched.size > 0 || value.unmatched.length > 0) continue;
      const platform = parsePlatform(value.value);
      if (platform === null) continue;
      const name = stage.name ?? '';
      if (name.includes(platform.os) || name.includes(platform.architecture)) continue;
      findings.push({ ...valueRange, message: `FROM --platform flag should not use constant value ${goQuote(value.value)}` });
    }
    return findings;
  },
};
