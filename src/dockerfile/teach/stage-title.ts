import type { Stage } from '../model.ts';

/** How the teaching views name a stage: its name as written, or `#index` (as the canvas does). */
export function stageTitle(stage: Stage): string {
  return stage.displayName ?? `#${stage.index}`;
}

/** Joins words the way a sentence lists them: `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/** The stages `indexes` by title, joined as a sentence list. */
export function stageList(stages: readonly Stage[], indexes: readonly number[]): string {
  return joinWords(indexes.map((i) => (stages[i] === undefined ? `#${i}` : stageTitle(stages[i]!))));
}
