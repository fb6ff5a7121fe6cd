import type { Analysis } from '../analyze.ts';
import type { Instruction } from '../ast.ts';
import type { Change } from '../edits/changes.ts';
import { refuse, type EditResult } from '../edits/edit-result.ts';
import { renameStage } from '../edits/rename-stage.ts';
import { instructionAt } from '../language/syntax-at.ts';
import type { FindingRef } from './quick-fix.ts';

/** The instruction keywords that vote on the casing, as BuildKit's `validateCommandCasing` counts them. */
function casingVoters(analysis: Analysis): Instruction[] {
  const voters: Instruction[] = [];
  for (const stage of analysis.model.stages) {
    voters.push(stage.fromInstruction);
    for (const instruction of stage.instructions) if (instruction.known) voters.push(instruction);
  }
  return voters;
}

/** True when the file's keywords are mostly lowercase (lowercase needs a strict majority). */
export function majorityLowercase(analysis: Analysis): boolean {
  let lower = 0;
  let upper = 0;
  for (const { keyword } of casingVoters(analysis)) {
    if (keyword === keyword.toLowerCase()) lower++;
    else if (keyword === keyword.toUpperCase()) upper++;
  }
  return lower > upper;
}

/**
 * Fixes a casing finding:
 * - FromAsCasing: `AS` takes the case of its `FROM`;
 * - ConsistentInstructionCasing: the keyword takes the majority's case (with `all`, every
 *   keyword that differs does);
 * - ExposeProtoCasing: the protocol is lowercased;
 * - StageNameCasing: the stage is renamed to its lowercase name, references included.
 */
export function fixCasing(analysis: Analysis, finding: FindingRef, options: { readonly all?: boolean } = {}): EditResult {
  const { source } = analysis.ast;
  const text = source.slice(finding.from, finding.to);
  switch (finding.rule) {
    case 'FromAsCasing': {
      const from = instructionAt(analysis.ast, finding.from);
      if (from === null || from.name !== 'FROM') return refuse('The FROM of this AS was not found.');
      const lower = from.keyword === from.keyword.toLowerCase();
      return { ok: true, changes: [{ from: finding.from, to: finding.to, insert: lower ? text.toLowerCase() : text.toUpperCase() }] };
    }
    case 'ConsistentInstructionCasing': {
      const lower = majorityLowercase(analysis);
      const recase = (keyword: string) => (lower ? keyword.toLowerCase() : keyword.toUpperCase());
      if (options.all !== true) return { ok: true, changes: [{ from: finding.from, to: finding.to, insert: recase(text) }] };
      const changes: Change[] = [];
      for (const { keyword, keywordRange } of casingVoters(analysis)) {
        if (keyword !== recase(keyword)) changes.push({ ...keywordRange, insert: recase(keyword) });
      }
      return { ok: true, changes };
    }
    case 'ExposeProtoCasing':
      return { ok: true, changes: [{ from: finding.from, to: finding.to, insert: text.toLowerCase() }] };
    case 'StageNameCasing': {
      const stage = analysis.model.stages.find((s) => s.nameRange !== null && s.nameRange.from === finding.from);
      if (stage === undefined) return refuse('The stage of this name was not found.');
      return renameStage(analysis, { stage: stage.index, name: text.toLowerCase() });
    }
    default:
      return refuse(`${finding.rule} is not a casing rule.`);
  }
}
