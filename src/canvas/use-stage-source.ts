import { useShallow } from 'zustand/react/shallow';
import { useDocument } from '../store/document-context.ts';

/** The text a stage's expanded view edits, read from the drawn analysis. */
export interface StageSource {
  /** The base image as written in FROM (`golang:1.23`, `${BASE}`), or `''` past the end. */
  readonly base: string;
  /** The `--platform` value as written, or `''` for none. */
  readonly platform: string;
  /** Each instruction after FROM exactly as written (continuations and heredocs included). */
  readonly instructions: readonly string[];
  /** Each instruction's keyword, upper-cased, for accessible names. */
  readonly keywords: readonly string[];
}

const NONE: readonly string[] = [];

/**
 * The written text of stage `index`. A flat array of strings compared shallowly, so an edit
 * elsewhere in the file does not re-render the expanded view.
 */
export function useStageSource(index: number): StageSource {
  const flat = useDocument(
    useShallow((s): readonly string[] => {
      const stage = s.graphAnalysis.model.stages[index];
      if (stage === undefined) return NONE;
      const source = s.graphAnalysis.ast.source;
      const platform = stage.fromInstruction.flags.find((flag) => flag.name.toLowerCase() === 'platform');
      return [
        source.slice(stage.baseRange.from, stage.baseRange.to),
        platform?.valueRange ? source.slice(platform.valueRange.from, platform.valueRange.to) : '',
        ...stage.instructions.flatMap((instruction) => [instruction.name, source.slice(instruction.from, instruction.to)]),
      ];
    }),
  );
  const instructions: string[] = [];
  const keywords: string[] = [];
  for (let i = 2; i + 1 < flat.length; i += 2) {
    keywords.push(flat[i]!);
    instructions.push(flat[i + 1]!);
  }
  return { base: flat[0] ?? '', platform: flat[1] ?? '', instructions, keywords };
}
