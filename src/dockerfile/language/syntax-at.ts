import type { Analysis } from '../analyze.ts';
import type { Directive, DockerfileAst, Flag, Instruction, Range } from '../ast.ts';
import { parseImageRef } from '../image-ref.ts';
import type { ImageRef } from '../model.ts';
import { parseMountOptions } from '../mount-options.ts';
import { stageReferenceAt, type StageReference } from './stage-references.ts';

/** What sits at an offset, as far as hovers and navigation care. */
export type SyntaxTarget =
  | { readonly kind: 'directive'; readonly range: Range; readonly directive: Directive }
  | { readonly kind: 'keyword'; readonly range: Range; readonly instruction: Instruction }
  | { readonly kind: 'flag'; readonly range: Range; readonly instruction: Instruction; readonly flag: Flag }
  | { readonly kind: 'mountOption'; readonly range: Range; readonly key: string }
  | { readonly kind: 'mountType'; readonly range: Range; readonly type: string }
  | { readonly kind: 'stage'; readonly range: Range; readonly reference: StageReference }
  | { readonly kind: 'image'; readonly range: Range; readonly image: ImageRef; readonly raw: string };

function contains(range: Range, offset: number): boolean {
  return range.from <= offset && offset <= range.to;
}

/**
 * The instruction whose text holds `offset` (its end included), or `null`. For an ONBUILD,
 * the trigger instruction when the offset lies in it.
 */
export function instructionAt(ast: DockerfileAst, offset: number): Instruction | null {
  const list = ast.instructions;
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.from <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const instruction = found < 0 ? null : list[found]!;
  if (instruction === null || !contains(instruction, offset)) return null;
  const trigger = instruction.trigger;
  return trigger !== null && contains(trigger, offset) && offset >= trigger.keywordRange.from ? trigger : instruction;
}

/** Where `--name` of a flag sits (the whole flag when the source spells it otherwise). */
export function flagNameRange(source: string, flag: Flag): Range {
  const to = flag.from + 2 + flag.name.length;
  return source.slice(flag.from, to) === `--${flag.name}` ? { from: flag.from, to } : { from: flag.from, to: flag.to };
}

/** The mount option field under `offset` in a `--mount` flag: its key range and value range. */
function mountTargetAt(source: string, flag: Flag, offset: number): SyntaxTarget | null {
  if (flag.valueRange === null || !contains(flag.valueRange, offset)) return null;
  const start = flag.valueRange.from;
  // Parsing the source slice (not the unquoted value) keeps every position a source position.
  for (const option of parseMountOptions(source.slice(start, flag.valueRange.to))) {
    const field = source.slice(start + option.from, start + option.to);
    const eq = field.indexOf('=');
    const keyEnd = start + option.from + (eq < 0 ? field.length : eq);
    const keyRange = { from: start + option.from, to: keyEnd };
    if (contains(keyRange, offset)) return { kind: 'mountOption', range: keyRange, key: option.key };
    const valueRange = { from: keyEnd + 1, to: start + option.to };
    if (option.key === 'type' && eq >= 0 && contains(valueRange, offset)) {
      return { kind: 'mountType', range: valueRange, type: option.value.trim().toLowerCase() };
    }
  }
  return null;
}

/** Finds what is at `offset`: a directive, keyword, flag, mount option, stage reference or image. */
export function syntaxAt(analysis: Analysis, offset: number): SyntaxTarget | null {
  const { ast, model } = analysis;
  const directive = ast.directives.find((d) => contains(d, offset));
  if (directive !== undefined) return { kind: 'directive', range: directive, directive };

  const reference = stageReferenceAt(analysis, offset);
  if (reference !== null) return { kind: 'stage', range: reference, reference };

  const instruction = instructionAt(ast, offset);
  if (instruction === null) return null;
  if (contains(instruction.keywordRange, offset)) return { kind: 'keyword', range: instruction.keywordRange, instruction };

  for (const flag of instruction.flags) {
    if (!contains(flag, offset)) continue;
    const name = flagNameRange(ast.source, flag);
    if (contains(name, offset)) return { kind: 'flag', range: name, instruction, flag };
    if (flag.name === 'mount') {
      const target = mountTargetAt(ast.source, flag, offset);
      if (target !== null) return target;
    }
  }

  const stage = model.stages.find((s) => s.fromInstruction === instruction);
  if (stage !== undefined && stage.base.kind === 'image' && contains(stage.baseRange, offset)) {
    return { kind: 'image', range: stage.baseRange, image: stage.base.image, raw: stage.base.raw };
  }
  // `COPY --from=nginx:1.27` and mounts `from=` an image: the edge keeps the image name.
  const edge = model.edges.find((e) => e.image !== null && e.instruction === instruction && contains(e.range, offset));
  if (edge !== undefined && edge.image !== null) {
    // The edge's range is the value alone (build-model's mountFromRange for mounts).
    return { kind: 'image', range: edge.range, image: parseImageRef(edge.image), raw: edge.image };
  }
  return null;
}
