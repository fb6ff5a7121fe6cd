import type { Analysis } from '../dockerfile/analyze.ts';
import type { Diagnostic } from '../dockerfile/ast.ts';
import { positionAt } from '../dockerfile/text.ts';
import { stageAtOffset } from '../store/document-store.ts';

/** Where a finding sits, for the problems list. */
export interface ProblemLocation {
  readonly line: number;
  readonly column: number;
  /** The stage whose lines hold the finding, or `null` (global ARGs, directives). */
  readonly stage: number | null;
}

/** The 1-based line and column of a finding, and its stage. */
export function problemLocation(analysis: Analysis, diagnostic: Diagnostic): ProblemLocation {
  const { line, column } = positionAt(analysis.lines, diagnostic.from);
  return { line, column, stage: stageAtOffset(analysis, diagnostic.from) };
}
