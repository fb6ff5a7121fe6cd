import type { Analysis } from '../analyze.ts';
import { joinWords, stageList, stageTitle } from './stage-title.ts';

/** One step of the build walkthrough: one wave of the plan. */
export interface WalkthroughStep {
  /** 0-based, as the plan's waves. */
  readonly wave: number;
  /** The stages that build in this step, in parallel. */
  readonly stages: readonly number[];
  /** What happens, in a sentence or two. */
  readonly caption: string;
  /** Indexes into `model.edges` of the edges that feed this step's stages (from stages or images). */
  readonly edges: readonly number[];
}

/**
 * The plan's waves as steps with captions: which stages build at the same time (and why they
 * can: none needs another), and which stages each one waits for.
 */
export function walkthrough(analysis: Analysis): WalkthroughStep[] {
  const plan = analysis.plan;
  if (plan === null) return [];
  const { stages, edges } = analysis.model;
  const name = (i: number) => (stages[i] === undefined ? `#${i}` : stageTitle(stages[i]!));
  return plan.waves.map((wave, index): WalkthroughStep => {
    const sentences: string[] = [];
    if (wave.length > 1) {
      const none = wave.length === 2 ? 'neither needs the other' : 'none of them needs another';
      sentences.push(`${stageList(stages, wave)} build at the same time: ${none}.`);
    }
    const deps = wave.map((s) => analysis.graph.dependencies[s] ?? []);
    const key = (list: readonly number[]) => list.join(',');
    if (wave.length > 1 && deps.every((d) => d.length > 0 && key(d) === key(deps[0]!))) {
      sentences.push(`${wave.length === 2 ? 'Both' : 'All of them'} wait for ${stageList(stages, deps[0]!)}.`);
    } else {
      wave.forEach((stage, i) => {
        const needs = deps[i]!;
        if (needs.length > 0) sentences.push(`${name(stage)} waits for ${stageList(stages, needs)}.`);
        else if (wave.length === 1) sentences.push(`${name(stage)} builds first: it needs no other stage.`);
      });
      if (wave.length > 1 && deps.every((d) => d.length === 0)) sentences.push('They need no other stage, so they start first.');
    }
    if (wave.includes(plan.target)) {
      sentences.push(`${name(plan.target)} is the target: its image is what docker build produces.`);
    }
    const inWave = new Set(wave);
    const feeding = edges.flatMap((edge, i) => (inWave.has(edge.to) && edge.from !== edge.to ? [i] : []));
    return { wave: index, stages: wave, caption: sentences.join(' '), edges: feeding };
  });
}

/** The reason a skipped stage is not built, for the plan panel. */
export function skippedReason(analysis: Analysis, stage: number): string {
  const plan = analysis.plan;
  const target = plan === null ? '' : (analysis.model.stages[plan.target] === undefined ? '' : stageTitle(analysis.model.stages[plan.target]!));
  const dependents = (analysis.graph.dependents[stage] ?? []).map((i) => (analysis.model.stages[i] === undefined ? `#${i}` : stageTitle(analysis.model.stages[i]!)));
  const used = dependents.length === 0 ? 'no stage uses it' : `only ${joinWords(dependents)} ${dependents.length === 1 ? 'uses' : 'use'} it, and the target needs none of them`;
  return `The target ${target} does not reach it: ${used}.`;
}
