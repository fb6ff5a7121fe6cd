import type { Range } from '../ast.ts';
import type { Analysis } from '../analyze.ts';
import { planBuild } from '../graph.ts';
import type { Stage } from '../model.ts';
import { describeCopy, type CopySource } from './copy-sources.ts';
import { recognizedCommands } from './explain-stage.ts';
import { afterKeyword, argumentsText } from './instruction-text.ts';
import { CommandAction } from './recognize-command.ts';
import { stageTitle } from './stage-title.ts';

/** Files a COPY or ADD of the final image's stages brings in. */
export interface FinalImageFile {
  readonly source: CopySource;
  readonly paths: readonly string[];
  readonly destination: string;
  /** The stage of the final image's chain whose instruction copies them. */
  readonly stage: number;
  /** The COPY or ADD instruction. */
  readonly instruction: Range;
}

/** A value in force in the final image and the stage that set it. */
export interface ImageSetting {
  readonly value: string;
  readonly stage: number;
}

/** What a builder stage holds that the final image does not take along. */
export interface LeftBehind {
  readonly stage: number;
  readonly name: string;
  /** The image the stage (or the stage it is built on) starts from: its toolchain. */
  readonly toolchain: string;
  /** Packages and tools it installs, and dependencies it downloads. */
  readonly installs: readonly string[];
  /** What it builds with (`go build -o /out/server`). */
  readonly builds: readonly string[];
  /** Paths it copies from the build context: the sources. */
  readonly sources: readonly string[];
  /** What the final image takes from it, by path (empty: it only feeds other builder stages). */
  readonly taken: readonly string[];
}

/** What the image `docker build --target …` produces holds. */
export interface FinalImage {
  readonly target: number;
  /** The target and the stages it is built on through `FROM <stage>`, target first. */
  readonly chain: readonly number[];
  /** The image at the bottom of the chain. */
  readonly base: { readonly kind: 'image' | 'scratch'; readonly ref: string };
  /** Files copied into the chain's stages from other stages, images or the context, in order. */
  readonly files: readonly FinalImageFile[];
  /** ENV in force, last value wins (the base image's own variables are not known offline). */
  readonly env: readonly (ImageSetting & { readonly key: string })[];
  readonly expose: readonly ImageSetting[];
  readonly user: ImageSetting | null;
  readonly workdir: ImageSetting | null;
  readonly entrypoint: ImageSetting | null;
  readonly cmd: ImageSetting | null;
  readonly healthcheck: ImageSetting | null;
  /** The other stages the target needs: built, used, and not shipped. */
  readonly leftBehind: readonly LeftBehind[];
}

/** The chain of `FROM <stage>` from `stage` down to a stage that starts from an image. */
export function baseChain(analysis: Analysis, stage: number): number[] {
  const chain: number[] = [];
  let current: Stage | undefined = analysis.model.stages[stage];
  while (current !== undefined && !chain.includes(current.index)) {
    chain.push(current.index);
    current = current.base.kind === 'stage' ? analysis.model.stages[current.base.stage] : undefined;
  }
  return chain;
}

/** `WORKDIR rel` joins the directory before it, as BuildKit does. */
function joinWorkdir(previous: string | null, next: string): string {
  if (next.startsWith('/') || previous === null) return next.startsWith('/') ? next : `/${next}`;
  return `${previous.replace(/\/$/, '')}/${next}`;
}

/**
 * What the target image holds: its base image (through `FROM <stage>` chains), the files
 * copied into it and from where, the settings in force (inherited through the chain), and
 * what stays behind in the builder stages, which is the point of a multi-stage build.
 * `target` defaults to the plan's target. `null` when there is no such stage.
 */
export function finalImage(analysis: Analysis, target?: number): FinalImage | null {
  const index = target ?? analysis.plan?.target;
  if (index === undefined || analysis.model.stages[index] === undefined) return null;
  const chain = baseChain(analysis, index);
  const bottom = analysis.model.stages[chain[chain.length - 1]!]!;
  const base =
    bottom.base.kind === 'image'
      ? { kind: 'image' as const, ref: bottom.base.ref === '' ? bottom.base.raw : bottom.base.ref }
      : { kind: 'scratch' as const, ref: bottom.base.kind === 'scratch' ? 'scratch' : bottom.base.raw };

  const files: FinalImageFile[] = [];
  const env = new Map<string, ImageSetting>();
  const expose: ImageSetting[] = [];
  let user: ImageSetting | null = null;
  let workdir: ImageSetting | null = null;
  let entrypoint: ImageSetting | null = null;
  let cmd: ImageSetting | null = null;
  let healthcheck: ImageSetting | null = null;
  // The bottom of the chain first: each stage starts from its parent's final state.
  for (const stageIndex of [...chain].reverse()) {
    const stage = analysis.model.stages[stageIndex]!;
    let cmdSetHere = false;
    for (const instruction of stage.instructions) {
      const here = (value: string): ImageSetting => ({ value, stage: stageIndex });
      const copy = describeCopy(analysis, instruction);
      if (copy !== null) {
        files.push({ source: copy.source, paths: copy.paths, destination: copy.destination, stage: stageIndex, instruction: { from: instruction.from, to: instruction.to } });
        continue;
      }
      switch (instruction.name) {
        case 'ENV':
          for (const kv of instruction.keyValues) {
            env.delete(kv.key);
            env.set(kv.key, here(kv.value));
          }
          break;
        case 'EXPOSE':
          for (const arg of instruction.args) if (!expose.some((e) => e.value === arg.value)) expose.push(here(arg.value));
          break;
        case 'USER':
          user = here(argumentsText(instruction));
          break;
        case 'WORKDIR':
          workdir = here(joinWorkdir(workdir?.value ?? null, argumentsText(instruction)));
          break;
        case 'ENTRYPOINT':
          entrypoint = here(argumentsText(instruction));
          // BuildKit's dispatchEntrypoint: a new ENTRYPOINT drops a CMD not set in this stage.
          if (!cmdSetHere) cmd = null;
          break;
        case 'CMD':
          cmd = here(argumentsText(instruction));
          cmdSetHere = true;
          break;
        case 'HEALTHCHECK':
          healthcheck = here(afterKeyword(instruction));
          break;
        default:
          break;
      }
    }
  }

  const reachable = analysis.plan !== null && analysis.plan.target === index ? analysis.plan.reachable : planBuild(analysis.graph, index).reachable;
  const leftBehind: LeftBehind[] = [];
  for (const stageIndex of reachable) {
    if (chain.includes(stageIndex)) continue;
    const stage = analysis.model.stages[stageIndex]!;
    const commands = recognizedCommands(stage);
    const stageBottom = analysis.model.stages[baseChain(analysis, stageIndex).at(-1)!]!;
    const sources = stage.instructions
      .map((i) => describeCopy(analysis, i))
      .filter((c) => c !== null && c.source.kind === 'context')
      .flatMap((c) => c!.paths);
    leftBehind.push({
      stage: stageIndex,
      name: stageTitle(stage),
      toolchain: stageBottom.base.kind === 'image' ? stageBottom.base.ref || stageBottom.base.raw : 'scratch',
      installs: commands.filter((c) => c.action === CommandAction.install || c.action === CommandAction.fetch).flatMap((c) => c.what),
      builds: commands.filter((c) => c.action === CommandAction.build).map((c) => c.phrase),
      sources,
      taken: files.filter((f) => f.source.kind === 'stage' && f.source.stage === stageIndex).flatMap((f) => f.paths),
    });
  }

  return {
    target: index,
    chain,
    base,
    files,
    env: [...env].map(([key, setting]) => ({ key, ...setting })),
    expose,
    user,
    workdir,
    entrypoint,
    cmd,
    healthcheck,
    leftBehind,
  };
}
