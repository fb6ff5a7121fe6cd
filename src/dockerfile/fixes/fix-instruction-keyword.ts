import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from '../edits/edit-result.ts';
import { INSTRUCTION_NAMES } from '../instructions.ts';
import { suggest } from '../lint/rules/support/suggest.ts';
import type { FindingRef } from './quick-fix.ts';

/**
 * UnknownInstruction: replaces a misspelt keyword (`RUNN`, `form`) with the instruction
 * BuildKit suggests for it, in the casing typed. Refuses when no instruction is close.
 */
export function fixInstructionKeyword(analysis: Analysis, finding: FindingRef): EditResult {
  const keyword = analysis.ast.source.slice(finding.from, finding.to);
  const match = suggest(keyword, INSTRUCTION_NAMES, false);
  if (match === null) return refuse(`No instruction is close to "${keyword}".`);
  return { ok: true, changes: [{ from: finding.from, to: finding.to, insert: match }] };
}
