import type { Range } from '../ast.ts';

/** What a quick fix is given: the finding it fixes (its rule and range). */
export interface FindingRef extends Range {
  readonly rule: string;
}

/** Stage index of the stage whose FROM is at or before `offset`, or `null`. */
export function stageIndexBefore(stages: readonly { readonly fromInstruction: Range }[], offset: number): number | null {
  let found: number | null = null;
  stages.forEach((stage, index) => {
    if (stage.fromInstruction.from <= offset) found = index;
  });
  return found;
}
