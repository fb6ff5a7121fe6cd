import type { Analysis } from './analyze.ts';
import { lineAt } from './text.ts';

/** A stage's base in the graph JSON. */
export type GraphJsonBase =
  | { readonly kind: 'image'; readonly ref: string; readonly raw: string }
  | { readonly kind: 'stage'; readonly stage: number; readonly ref: string; readonly raw: string }
  | { readonly kind: 'scratch'; readonly ref: 'scratch'; readonly raw: string };

/** An edge in the graph JSON: from a stage, or from an external image. */
export type GraphJsonEdge =
  | { readonly from: number; readonly to: number; readonly kind: string; readonly line: number; readonly viaOnbuild?: true }
  | { readonly image: string; readonly to: number; readonly kind: string; readonly line: number; readonly viaOnbuild?: true };

/**
 * The `graph` command's JSON: a contract that tests and other tools rely on. Fields are only
 * ever added, never renamed. Lines are 1-based.
 */
export interface GraphJson {
  readonly globals: readonly { readonly keyword: string; readonly line: number; readonly name: string; readonly value: string | null }[];
  readonly stages: readonly {
    readonly index: number;
    readonly name: string | null;
    readonly displayName: string | null;
    readonly base: GraphJsonBase;
    readonly platform: string | null;
    readonly line: number;
    readonly endLine: number;
    readonly instructions: readonly { readonly keyword: string; readonly line: number }[];
  }[];
  readonly edges: readonly GraphJsonEdge[];
  readonly target: number | null;
  readonly reachable: readonly number[];
  readonly waves: readonly (readonly number[])[];
}

/** Turns an analysis into the graph JSON. */
export function graphToJson(analysis: Analysis): GraphJson {
  const { model, plan } = analysis;
  const line = (offset: number) => lineAt(analysis.lines, offset);
  return {
    globals: model.globals.map((g) => ({ keyword: g.instruction.name, line: g.instruction.startLine, name: g.name, value: g.value })),
    stages: model.stages.map((s) => ({
      index: s.index,
      name: s.name,
      displayName: s.displayName,
      base:
        s.base.kind === 'image'
          ? { kind: 'image', ref: s.base.ref, raw: s.base.raw }
          : s.base.kind === 'stage'
            ? { kind: 'stage', stage: s.base.stage, ref: s.base.ref, raw: s.base.raw }
            : { kind: 'scratch', ref: 'scratch', raw: s.base.raw },
      platform: s.platform,
      line: s.fromInstruction.startLine,
      endLine: line(s.to),
      instructions: s.instructions.map((i) => ({ keyword: i.name, line: i.startLine })),
    })),
    edges: model.edges.map((e): GraphJsonEdge => {
      const via = e.viaOnbuild ? { viaOnbuild: true as const } : {};
      const at = line(e.range.from);
      return e.from !== null
        ? { from: e.from, to: e.to, kind: e.kind, line: at, ...via }
        : { image: e.image ?? '', to: e.to, kind: e.kind, line: at, ...via };
    }),
    target: plan?.target ?? null,
    reachable: plan?.reachable ?? [],
    waves: plan?.waves ?? [],
  };
}
