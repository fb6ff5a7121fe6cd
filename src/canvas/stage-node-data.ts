import type { Stage } from '../dockerfile/model.ts';
import { positionKey } from '../store/document-store.ts';
import { LISTED_INSTRUCTIONS } from './estimate-node-size.ts';
import type { BaseSummary, StageNodeData, StageProblems } from './flow-types.ts';
import { summarizeInstruction } from './summarize-args.ts';

/** What {@link stageNodeData} reads besides the stage itself. */
export interface StageContext {
  readonly stages: readonly Stage[];
  readonly source: string;
  readonly escape: '\\' | '`';
  /** The stage `docker build` builds, or `null` when there are no stages. */
  readonly target: number | null;
  readonly reachable: ReadonlySet<number>;
  readonly problems: StageProblems;
}

/** How a stage is named on the canvas: its name as written, or `#index`. */
export function stageLabel(stage: Stage): string {
  return stage.displayName ?? `#${stage.index}`;
}

/** What the stage starts from: an image ref (ARGs expanded), `scratch`, or another stage. */
export function baseSummary(stage: Stage, stages: readonly Stage[]): BaseSummary {
  const base = stage.base;
  if (base.kind === 'scratch') return { kind: 'scratch', text: 'scratch' };
  if (base.kind === 'image') return { kind: 'image', text: base.ref === '' ? base.raw : base.ref };
  const parent = stages[base.stage];
  return { kind: 'stage', text: parent === undefined ? base.ref : stageLabel(parent), stage: base.stage };
}

/** The plain data a stage node shows. */
export function stageNodeData(stage: Stage, context: StageContext): StageNodeData {
  return {
    index: stage.index,
    label: stageLabel(stage),
    name: stage.name ?? '',
    positionKey: positionKey(stage.name, stage.index),
    base: baseSummary(stage, context.stages),
    platform: stage.platform,
    instructionCount: stage.instructions.length,
    instructions: stage.instructions.slice(0, LISTED_INSTRUCTIONS).map((instruction) => ({
      keyword: instruction.name,
      args: summarizeInstruction(context.source, instruction, context.escape),
    })),
    isTarget: context.target === stage.index,
    reachable: context.reachable.has(stage.index),
    problems: context.problems,
  };
}
