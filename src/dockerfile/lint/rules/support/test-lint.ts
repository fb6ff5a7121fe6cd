import { analyzeDockerfile, type AnalyzeOptions } from '../../../analyze.ts';
import type { Severity } from '../../../ast.ts';
import type { LintRule } from '../../rule.ts';

/** One finding as tests compare it: the highlighted text instead of offsets. */
export interface TestFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** `text.slice(from, to)`: what the editor underlines. */
  readonly text: string;
}

/** Runs one rule over `text` and returns its findings (the core's own errors left out). */
export function lintWith(rule: LintRule, text: string, options: Omit<AnalyzeOptions, 'rules'> = {}): TestFinding[] {
  return analyzeDockerfile(text, { ...options, rules: [rule] })
    .diagnostics.filter((d) => d.rule === rule.name)
    .map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, text: text.slice(d.from, d.to) }));
}
