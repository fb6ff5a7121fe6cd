import type { Diagnostic, Severity } from '../dockerfile/ast.ts';
import type { Stage } from '../dockerfile/model.ts';
import type { StageProblems } from './flow-types.ts';

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The problems of a stage with no findings; shared so equal data compares cheaply. */
export const NO_PROBLEMS: StageProblems = { count: 0, severity: null, summary: '' };

/**
 * The findings of each stage: those that start inside its range (`stage.from` to
 * `stage.to`). Both lists are in source order, so one pass over each is enough; with
 * 200 stages and thousands of findings this stays linear.
 */
export function problemsByStage(stages: readonly Stage[], diagnostics: readonly Diagnostic[]): StageProblems[] {
  const result: StageProblems[] = [];
  let next = 0;
  for (const stage of stages) {
    while (next < diagnostics.length && diagnostics[next]!.from < stage.from) next++;
    const found: Diagnostic[] = [];
    for (let i = next; i < diagnostics.length && diagnostics[i]!.from < stage.to; i++) found.push(diagnostics[i]!);
    result.push(summarizeProblems(found));
  }
  return result;
}

/** Count, worst severity, and one tooltip line per finding. */
export function summarizeProblems(found: readonly Diagnostic[]): StageProblems {
  if (found.length === 0) return NO_PROBLEMS;
  let severity: Severity = 'info';
  for (const d of found) if (RANK[d.severity] > RANK[severity]) severity = d.severity;
  const summary = found.map((d) => `${d.severity}: ${d.message} (${d.rule})`).join('\n');
  return { count: found.length, severity, summary };
}
