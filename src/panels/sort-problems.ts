import type { Diagnostic, Severity } from '../dockerfile/ast.ts';

/** The columns the problems list sorts by. */
export type ProblemSortKey = 'severity' | 'line' | 'rule';

/** Worst first. */
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The findings in display order: by `key` (severity worst first, line, or rule name), then
 * by position, so equal keys keep the reading order. `descending` flips the key only.
 */
export function sortProblems(diagnostics: readonly Diagnostic[], key: ProblemSortKey, descending = false): Diagnostic[] {
  const sign = descending ? -1 : 1;
  const byKey = (a: Diagnostic, b: Diagnostic): number => {
    if (key === 'severity') return RANK[a.severity] - RANK[b.severity];
    if (key === 'rule') return a.rule.localeCompare(b.rule);
    return a.from - b.from;
  };
  return [...diagnostics].sort((a, b) => sign * byKey(a, b) || a.from - b.from || a.to - b.to);
}
