import type { Diagnostic } from '../ast.ts';
import { ruleUrl } from '../rule-url.ts';
import { parseCheckDirective } from './check-directive.ts';
import type { LintContext, LintRule } from './rule.ts';

/** The user's own lint choices, on top of the file's `# check=` directive. */
export interface LintSettings {
  /** Rules turned off. */
  readonly off?: readonly string[];
  /** Rules raised to error. */
  readonly error?: readonly string[];
  /** Experimental rules turned on (they are off unless `# check=experimental=` asks). */
  readonly on?: readonly string[];
}

/**
 * Runs the rules. BuildKit's own rules honour `# check=skip=…` and `error=true` as BuildKit
 * does; syntax errors cannot be skipped, because BuildKit refuses the file whatever it says.
 */
export function runLint(context: LintContext, rules: readonly LintRule[], settings: LintSettings = {}): Diagnostic[] {
  const check = parseCheckDirective(context.ast.directives);
  const off = new Set(settings.off ?? []);
  const raised = new Set(settings.error ?? []);
  const on = new Set(settings.on ?? []);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    if (off.has(rule.name)) continue;
    if (rule.experimental === true && !on.has(rule.name) && !raised.has(rule.name) && !check.experimentalAll && !check.experimental.has(rule.name)) {
      continue;
    }
    if (rule.source === 'buildkit' && (check.skipAll || check.skip.has(rule.name))) continue;
    const url = ruleUrl(rule.name);
    for (const finding of rule.check(context)) {
      let severity = finding.severity ?? rule.severity;
      if (rule.source === 'buildkit' && check.error && severity === 'warning') severity = 'error';
      if (raised.has(rule.name)) severity = 'error';
      diagnostics.push({ rule: rule.name, severity, message: finding.message, from: finding.from, to: finding.to, url });
    }
  }
  return diagnostics;
}
