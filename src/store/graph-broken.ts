import type { Analysis } from '../dockerfile/analyze.ts';

/**
 * Findings that mean "the text is half-typed", not "the build has a problem": while one of
 * these stands, the canvas keeps the last whole graph instead of redrawing a broken one.
 */
const MID_EDIT_RULES: ReadonlySet<string> = new Set(['SyntaxError', 'UnknownInstruction', 'MissingArguments', 'UnknownFlag']);

/** True when the analysis's graph should not replace the one on the canvas. */
export function isGraphBroken(analysis: Analysis): boolean {
  return analysis.diagnostics.some((d) => d.severity === 'error' && MID_EDIT_RULES.has(d.rule));
}
