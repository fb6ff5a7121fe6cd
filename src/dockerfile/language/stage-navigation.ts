import type { Range } from '../ast.ts';
import { stageReferenceAt, stageReferences, type StageReference, type StageSource } from './stage-references.ts';

/**
 * Where the stage named at `offset` is defined: its `AS name`, or its FROM instruction when
 * it has no name (`COPY --from=0`). `null` when no stage reference is there.
 */
export function definitionAt(source: StageSource, offset: number): Range | null {
  const reference = stageReferenceAt(source, offset);
  if (reference === null) return null;
  const stage = source.model.stages[reference.stage];
  if (stage === undefined) return null;
  if (stage.nameRange !== null) return stage.nameRange;
  return { from: stage.fromInstruction.from, to: stage.fromInstruction.keywordRange.to };
}

/**
 * Every reference to the stage named at `offset`, in source order; with
 * `includeDefinition`, its `AS name` too. Empty when no stage reference is there.
 */
export function referencesAt(source: StageSource, offset: number, includeDefinition: boolean): StageReference[] {
  const reference = stageReferenceAt(source, offset);
  if (reference === null) return [];
  return stageReferences(source).filter((r) => r.stage === reference.stage && (includeDefinition || r.kind !== 'definition'));
}
