import type { DockerfileAst, Range } from '../ast.ts';
import type { DockerfileModel } from '../model.ts';

/** What the look-ups read: the model and the text it came from. */
export interface StageSource {
  readonly model: DockerfileModel;
  readonly ast: DockerfileAst;
}

/** How a piece of text refers to a stage. `definition` is the `AS name` itself. */
export type StageReferenceKind = 'definition' | 'from' | 'copy' | 'mount';

/** A place in the text that names (or indexes) a stage. */
export interface StageReference extends Range {
  readonly stage: number;
  readonly kind: StageReferenceKind;
  /**
   * True when the text is the stage's name (in any case). False for `--from=0` (an index)
   * and `FROM ${BASE}` (a variable): a rename leaves those alone.
   */
  readonly literal: boolean;
}

/**
 * Every place that names a stage, in source order: `AS` names, `FROM <stage>`, `COPY --from`
 * and mount `from=` (ONBUILD triggers included, once each). Built from the model's edges, so
 * it resolves names exactly as the graph does.
 */
export function stageReferences({ model, ast }: StageSource): StageReference[] {
  const references: StageReference[] = [];
  for (const stage of model.stages) {
    if (stage.nameRange !== null) references.push({ ...stage.nameRange, stage: stage.index, kind: 'definition', literal: true });
  }
  const seen = new Set<string>();
  for (const edge of model.edges) {
    if (edge.from === null) continue;
    const key = `${edge.range.from}:${edge.range.to}`;
    // An ONBUILD trigger inherited by several children is one place in the text.
    if (seen.has(key)) continue;
    seen.add(key);
    const name = model.stages[edge.from]?.name ?? null;
    const literal = name !== null && ast.source.slice(edge.range.from, edge.range.to).toLowerCase() === name;
    references.push({ from: edge.range.from, to: edge.range.to, stage: edge.from, kind: edge.kind, literal });
  }
  return references.sort((a, b) => a.from - b.from);
}

/** The reference under `offset` (its end included, where a cursor after the word sits). */
export function stageReferenceAt(source: StageSource, offset: number): StageReference | null {
  for (const reference of stageReferences(source)) {
    if (reference.from <= offset && offset <= reference.to) return reference;
  }
  return null;
}
