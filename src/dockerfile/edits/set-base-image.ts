import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from './edit-result.ts';

/** Intent: make stage `stage` start from image `image`. */
export interface SetBaseImageIntent {
  readonly stage: number;
  /** The image reference as it should be written (`node:22-alpine`). */
  readonly image: string;
}

/**
 * Replaces only the base image token of a stage's FROM. Refuses a stage that builds on
 * another stage (change that edge instead), an empty image or one with spaces, and an image
 * text that names an earlier stage (it would make a stage edge, not an image).
 */
export function setBaseImage(analysis: Analysis, intent: SetBaseImageIntent): EditResult {
  const stage = analysis.model.stages[intent.stage];
  if (stage === undefined) return refuse(`There is no stage ${intent.stage}.`);
  if (stage.base.kind === 'stage') {
    const base = analysis.model.stages[stage.base.stage]!;
    return refuse(`Stage ${stage.index} builds on stage "${base.displayName ?? base.index}", not on an image; remove that edge first.`);
  }
  const image = intent.image.trim();
  if (image === '') return refuse('The image cannot be empty.');
  if (/\s/.test(image)) return refuse(`"${image}" is not an image reference: it holds a space.`);
  const named = analysis.model.stages.find((s) => s.index < stage.index && s.name === image.toLowerCase());
  if (named !== undefined) return refuse(`"${image}" names stage ${named.index}; connect the stages to build on it.`);
  const { from, to } = stage.baseRange;
  const insert = from === to ? ` ${image}` : image;
  return { ok: true, changes: analysis.ast.source.slice(from, to) === insert ? [] : [{ from, to, insert }], selectStage: stage.index };
}
