import type { Analysis } from '../dockerfile/analyze.ts';
import { planBuild } from '../dockerfile/graph.ts';

/** How to build one stage, and what that build runs. */
export interface BuildCommand {
  readonly stage: number;
  /** The stage's name or `#index`. */
  readonly label: string;
  /**
   * `docker build --target <name> .`, or `null` for a stage with no name: BuildKit looks a
   * target up by name only, so an unnamed stage cannot be built on its own.
   */
  readonly command: string | null;
  /** The stages this build runs, itself included, in index order (labels). */
  readonly builds: readonly string[];
  /** True for the last stage, which a plain `docker build .` builds. */
  readonly isDefault: boolean;
}

/** The build command of every stage, with the stages each one runs (from `planBuild`). */
export function buildCommands(analysis: Analysis): BuildCommand[] {
  const { stages } = analysis.model;
  const label = (index: number) => stages[index]?.displayName ?? `#${index}`;
  return stages.map((stage) => ({
    stage: stage.index,
    label: label(stage.index),
    command: stage.name === null ? null : `docker build --target ${stage.name} .`,
    builds: planBuild(analysis.graph, stage.index).reachable.map(label),
    isDefault: stage.index === stages.length - 1,
  }));
}
