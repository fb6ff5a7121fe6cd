/**
 * The stage model: what the syntax tree means, resolved as BuildKit's dockerfile2llb does.
 */
import type { Instruction, Range } from './ast.ts';

/** An image reference split into its parts. */
export interface ImageRef {
  /** The reference after global ARG expansion. */
  readonly ref: string;
  /** `docker.io` when the reference names none. */
  readonly registry: string;
  /** The repository path (`library/nginx` for `nginx`). */
  readonly repository: string;
  /** `latest` when neither tag nor digest is given; `null` when only a digest is. */
  readonly tag: string | null;
  readonly digest: string | null;
}

/** What a stage starts from. `raw` is always the text as written in FROM. */
export type StageBase =
  | { readonly kind: 'image'; readonly ref: string; readonly raw: string; readonly image: ImageRef }
  | { readonly kind: 'stage'; readonly stage: number; readonly ref: string; readonly raw: string }
  | { readonly kind: 'scratch'; readonly ref: 'scratch'; readonly raw: string };

/** An ARG declared before the first FROM. */
export interface GlobalArg {
  readonly name: string;
  /** The default value, unquoted; `null` when none is given. */
  readonly value: string | null;
  readonly instruction: Instruction;
}

/** One build stage: a FROM and the instructions up to the next FROM. */
export interface Stage extends Range {
  readonly index: number;
  /** The `AS` name, lowercased, or `null`. */
  readonly name: string | null;
  /** The `AS` name as written, or `null`. */
  readonly displayName: string | null;
  readonly nameRange: Range | null;
  readonly base: StageBase;
  /** Where the base image text sits in FROM. */
  readonly baseRange: Range;
  /** `--platform` after global ARG expansion, or `null`. */
  readonly platform: string | null;
  readonly fromInstruction: Instruction;
  /** The instructions after FROM. */
  readonly instructions: readonly Instruction[];
}

/** Why one stage needs another (or an image). */
export type EdgeKind = 'from' | 'copy' | 'mount';

/** A dependency of stage `to` on an earlier stage or on an external image. */
export interface StageEdge {
  readonly kind: EdgeKind;
  /** The stage depended on, or `null` when `image` is set. */
  readonly from: number | null;
  /** An external image (or named build context) when no stage has that name. */
  readonly image: string | null;
  readonly to: number;
  /** The instruction that makes the edge (for ONBUILD edges, the child's FROM). */
  readonly instruction: Instruction;
  /** The range of the reference itself (`build` in `--from=build`). */
  readonly range: Range;
  /** The source paths of a COPY, for labels. */
  readonly paths: readonly string[];
  /** True when the edge comes from an ONBUILD trigger of the base stage. */
  readonly viaOnbuild: boolean;
}

/** The meaning of a whole Dockerfile. */
export interface DockerfileModel {
  readonly globals: readonly GlobalArg[];
  readonly stages: readonly Stage[];
  readonly edges: readonly StageEdge[];
}
