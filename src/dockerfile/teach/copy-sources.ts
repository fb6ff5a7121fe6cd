import type { Instruction } from '../ast.ts';
import type { Analysis } from '../analyze.ts';
import { flagValue } from './instruction-text.ts';
import { stageTitle } from './stage-title.ts';

/** Where a COPY or ADD takes its files from. */
export type CopySource =
  | { readonly kind: 'stage'; readonly stage: number; readonly name: string }
  | { readonly kind: 'image'; readonly ref: string }
  | { readonly kind: 'context' }
  /** ADD of a URL or a Git repository. */
  | { readonly kind: 'remote' }
  /** A heredoc: the file's text is written in the Dockerfile. */
  | { readonly kind: 'inline' }
  /** `--from` with a value the model could not resolve (a variable, a later stage). */
  | { readonly kind: 'unresolved'; readonly ref: string };

/** One COPY or ADD, read for what it brings into the stage. */
export interface CopyDescription {
  readonly instruction: Instruction;
  readonly source: CopySource;
  /** The source paths (or URLs), as written. */
  readonly paths: readonly string[];
  readonly destination: string;
}

const HEREDOC_WORD = /^\d*<<-?/;
const REMOTE = /^(https?:\/\/|git@|git:\/\/)/;

/** Reads a COPY or ADD instruction; `null` for any other instruction. */
export function describeCopy(analysis: Analysis, instruction: Instruction): CopyDescription | null {
  if (instruction.name !== 'COPY' && instruction.name !== 'ADD') return null;
  const words = instruction.args.map((a) => a.value);
  const destination = words.length > 1 ? words[words.length - 1]! : '';
  const sources = words.slice(0, -1);
  const inline = instruction.heredocs.length > 0 && sources.some((w) => HEREDOC_WORD.test(w));
  const paths = sources.filter((w) => !(inline && HEREDOC_WORD.test(w)));
  const from = flagValue(instruction, 'from');
  let source: CopySource = { kind: 'context' };
  if (inline && paths.length === 0) source = { kind: 'inline' };
  else if (from !== null) {
    const edge = analysis.model.edges.find((e) => e.instruction === instruction && e.kind === 'copy' && !e.viaOnbuild);
    const stage = edge === undefined || edge.from === null ? undefined : analysis.model.stages[edge.from];
    if (stage !== undefined) source = { kind: 'stage', stage: stage.index, name: stageTitle(stage) };
    else if (edge !== undefined && edge.image !== null) source = { kind: 'image', ref: edge.image };
    else source = { kind: 'unresolved', ref: from };
  } else if (instruction.name === 'ADD' && paths.length > 0 && paths.every((p) => REMOTE.test(p))) source = { kind: 'remote' };
  return { instruction, source, paths, destination };
}

/** `stage build`, `image busybox:1.36`, `the build context`, … */
export function sourcePhrase(source: CopySource): string {
  switch (source.kind) {
    case 'stage':
      return `stage ${source.name}`;
    case 'image':
      return `image ${source.ref}`;
    case 'context':
      return 'the build context';
    case 'remote':
      return 'the network';
    case 'inline':
      return 'the Dockerfile itself';
    case 'unresolved':
      return `"${source.ref}" (not resolved)`;
  }
}

/** `/out/server from stage build to /usr/local/bin/server`. */
export function copyPhrase(copy: CopyDescription): string {
  const paths = copy.paths.map((p) => (copy.source.kind === 'context' && (p === '.' || p === './') ? 'everything' : p));
  const what = copy.source.kind === 'inline' ? 'an inline file' : paths.join(', ');
  const to = copy.destination === '.' || copy.destination === './' ? 'the working directory' : copy.destination;
  return `${what} from ${sourcePhrase(copy.source)} to ${to}`;
}
