import type { Analysis } from '../dockerfile/analyze.ts';
import { positionAt } from '../dockerfile/text.ts';

/** An error-severity finding, worded for the export warning. */
export interface BlockingFinding {
  readonly line: number;
  readonly rule: string;
  readonly message: string;
}

/**
 * The findings that should stop an export until the user agrees: those of error severity
 * (what BuildKit refuses, or what the user raised to error). Warnings and hints export quietly.
 */
export function blockingFindings(analysis: Analysis): BlockingFinding[] {
  return analysis.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ line: positionAt(analysis.lines, d.from).line, rule: d.rule, message: d.message }));
}
