/**
 * Where stage references sit in the text, for edit commands: name references of a stage,
 * numeric `COPY --from` indexes, the `from=` field of a mount, and what removing an edge takes.
 */
import type { Analysis } from '../analyze.ts';
import type { Flag, Instruction, Range } from '../ast.ts';
import { parseMountOptions } from '../mount-options.ts';
import type { Stage, StageEdge } from '../model.ts';
import type { Change } from './changes.ts';
import { instructionLines, removeLines } from './edit-text.ts';

/** The range inside shell quotes when `range` holds one quoted word, else `range`. */
export function unquotedRange(source: string, range: Range): Range {
  const text = source.slice(range.from, range.to);
  const quote = text[0];
  if (text.length >= 2 && (quote === '"' || quote === "'") && text[text.length - 1] === quote) {
    return { from: range.from + 1, to: range.to - 1 };
  }
  return range;
}

/** Every instruction that can hold a reference: each stage's instructions and ONBUILD triggers. */
export function* referringInstructions(analysis: Analysis): Generator<{ stage: Stage; instruction: Instruction; onbuild: Instruction | null }> {
  for (const stage of analysis.model.stages) {
    for (const instruction of stage.instructions) {
      yield { stage, instruction, onbuild: null };
      if (instruction.name === 'ONBUILD' && instruction.trigger !== null) {
        yield { stage, instruction: instruction.trigger, onbuild: instruction };
      }
    }
  }
}

/** A mount's `from=` field in the source: the field, its value, and the field's neighbours. */
export interface MountFromField {
  readonly flag: Flag;
  /** `from=name`. */
  readonly field: Range;
  /** `name`, without CSV quotes. */
  readonly value: Range;
  /** The text of the value. */
  readonly name: string;
  /** The fields before and after it in the same mount, or `null`. */
  readonly previous: Range | null;
  readonly next: Range | null;
}

/**
 * Finds the `from=` field of a `--mount` flag in the source. Reads the raw value (one outer
 * pair of shell quotes allowed) as BuildKit's CSV, so offsets stay exact.
 */
export function mountFromField(source: string, flag: Flag): MountFromField | null {
  if (flag.valueRange === null) return null;
  const inner = unquotedRange(source, flag.valueRange);
  const raw = source.slice(inner.from, inner.to);
  const options = parseMountOptions(raw);
  const index = options.findIndex((o) => o.key === 'from');
  if (index < 0) return null;
  const option = options[index]!;
  const toRange = (o: { from: number; to: number }): Range => ({ from: inner.from + o.from, to: inner.from + o.to });
  const field = toRange(option);
  const eq = source.indexOf('=', field.from);
  const value = unquotedRange(source, { from: eq + 1, to: field.to });
  const previous = options[index - 1];
  const next = options[index + 1];
  return {
    flag,
    field,
    value,
    name: source.slice(value.from, value.to),
    previous: previous === undefined ? null : toRange(previous),
    next: next === undefined ? null : toRange(next),
  };
}

/** The mount flags of a RUN that hold a `from=` field. */
export function mountFromFields(source: string, instruction: Instruction): MountFromField[] {
  if (instruction.name !== 'RUN') return [];
  return instruction.flags
    .filter((f) => f.name === 'mount')
    .map((f) => mountFromField(source, f))
    .filter((f): f is MountFromField => f !== null);
}

/** The `--from` flags of a COPY. */
export function copyFromFlags(instruction: Instruction): Flag[] {
  return instruction.name === 'COPY' ? instruction.flags.filter((f) => f.name === 'from' && f.valueRange !== null) : [];
}

/** The stage that `COPY --from=<name>` and `from=<name>` reach: the last one with the name. */
export function stageNamed(analysis: Analysis, lower: string): number | null {
  return analysis.model.stages.findLast((s) => s.name === lower)?.index ?? null;
}

/**
 * Changes that rewrite every numeric `COPY --from=N` whose stage `renumber` moves. `renumber`
 * returns the new index, or `null` for a stage that goes away (its references are left).
 * References inside `skip` ranges (text being removed) are left alone.
 */
export function renumberReferences(analysis: Analysis, renumber: (index: number) => number | null, skip: readonly Range[] = []): Change[] {
  const { source } = analysis.ast;
  const changes: Change[] = [];
  for (const { instruction } of referringInstructions(analysis)) {
    for (const flag of copyFromFlags(instruction)) {
      const value = unquotedRange(source, flag.valueRange!);
      const text = source.slice(value.from, value.to);
      if (!/^\d+$/.test(text) || skip.some((r) => r.from <= value.from && value.to <= r.to)) continue;
      const moved = renumber(Number(text));
      if (moved !== null && moved !== Number(text)) changes.push({ from: value.from, to: value.to, insert: String(moved) });
    }
  }
  return changes;
}

/** The root base text of a stage: follows FROM <stage> back to the image (or scratch) it starts from. */
export function rootBaseText(analysis: Analysis, stage: Stage): string {
  let current = stage;
  const seen = new Set<number>();
  while (current.base.kind === 'stage' && !seen.has(current.index)) {
    seen.add(current.index);
    current = analysis.model.stages[current.base.stage]!;
  }
  return current.base.raw;
}

/** The ONBUILD instruction whose trigger holds `range`, among the instructions of `stage`. */
function onbuildHolding(stage: Stage, range: Range): Instruction | null {
  return stage.instructions.find((i) => i.name === 'ONBUILD' && i.from <= range.from && range.to <= i.to) ?? null;
}

/** The change that removes a mount's `from=` field, and one comma with it; the whole flag if it is the only field. */
export function mountFieldRemoval(source: string, field: MountFromField): Change {
  if (field.next !== null) return { from: field.field.from, to: field.next.from, insert: '' };
  if (field.previous !== null) return { from: field.previous.to, to: field.field.to, insert: '' };
  // The flag holds nothing else: remove it, with the spaces that separate it from the next word.
  let to = field.flag.to;
  while (source[to] === ' ' || source[to] === '\t') to++;
  return { from: field.flag.from, to, insert: '' };
}

/**
 * The changes that remove an edge from the text: a copy edge's COPY instruction (the ONBUILD
 * that holds it, for an inherited one), a mount edge's `from=` field, or a FROM edge's base
 * stage name (replaced by the image that stage starts from). A message when it cannot.
 */
export function edgeRemoval(analysis: Analysis, edge: StageEdge): Change[] | string {
  const { source } = analysis.ast;
  const stages = analysis.model.stages;
  const child = stages[edge.to]!;
  const holder = edge.viaOnbuild && child.base.kind === 'stage' ? onbuildHolding(stages[child.base.stage]!, edge.range) : null;
  if (edge.viaOnbuild && holder === null) return 'The ONBUILD trigger that makes this edge was not found.';
  if (edge.kind === 'from') {
    return [{ from: edge.range.from, to: edge.range.to, insert: rootBaseText(analysis, child) }];
  }
  if (edge.kind === 'copy') {
    return [removeLines(source, instructionLines(analysis, holder ?? edge.instruction))];
  }
  const instruction = holder?.trigger ?? edge.instruction;
  const field = mountFromFields(source, instruction).find((f) => f.flag.from <= edge.range.from && edge.range.to <= f.flag.to);
  if (field === undefined) return 'The --mount from= option of this edge was not found.';
  return [mountFieldRemoval(source, field)];
}
