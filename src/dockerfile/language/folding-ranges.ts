import type { Analysis } from '../analyze.ts';
import { lineAt } from '../text.ts';

/** What a fold hides. */
export type FoldingKind = 'stage' | 'instruction' | 'heredoc' | 'comment';

/** A foldable region, by 1-based first and last line (the first line stays visible). */
export interface FoldingRegion {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: FoldingKind;
}

/**
 * The foldable regions: each stage from its FROM to its last instruction (the comments
 * that introduce the next stage stay visible), each instruction that spans lines
 * (continuations, heredocs), each heredoc body of an instruction with several (from the line above it), and each
 * run of two or more comment lines.
 */
export function foldingRanges(analysis: Analysis): FoldingRegion[] {
  const { ast, model, lines } = analysis;
  const regions: FoldingRegion[] = [];
  const add = (startLine: number, endLine: number, kind: FoldingKind) => {
    if (endLine > startLine) regions.push({ startLine, endLine, kind });
  };
  for (const stage of model.stages) add(lineAt(lines, stage.from), lineAt(lines, stage.to), 'stage');
  for (const instruction of ast.instructions) {
    add(instruction.startLine, instruction.endLine, 'instruction');
    if (instruction.heredocs.length < 2) continue;
    for (const heredoc of instruction.heredocs) {
      const end = heredoc.terminator ?? heredoc.body;
      // From the line before the body (the COPY line, or the previous terminator) to the end.
      add(lineAt(lines, heredoc.body.from) - 1, lineAt(lines, Math.max(end.from, end.to - 1)), 'heredoc');
    }
  }
  let runStart = -1;
  let runEnd = -1;
  for (const comment of ast.comments) {
    const line = lineAt(lines, comment.from);
    if (line === runEnd + 1) runEnd = line;
    else {
      add(runStart, runEnd, 'comment');
      runStart = line;
      runEnd = line;
    }
  }
  add(runStart, runEnd, 'comment');
  return regions.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
