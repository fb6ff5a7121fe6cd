import type { Diagnostic, Flag, Instruction, Range } from './ast.ts';
import { lexWord } from './shell-lex.ts';
import { parseImageRef } from './image-ref.ts';
import type { DockerfileModel, GlobalArg, Stage, StageBase, StageEdge } from './model.ts';
import { parseMount, type MountOption } from './mount-options.ts';
import { ruleUrl } from './rule-url.ts';

/** BuildKit's `validStageName`. */
export const STAGE_NAME_PATTERN = /^[a-z][a-z0-9-_.]*$/;

/** Names BuildKit reserves: `scratch` is the empty image, `context` the build context. */
export const RESERVED_STAGE_NAMES: ReadonlySet<string> = new Set(['scratch', 'context']);

/**
 * ARGs that BuildKit defines for every build. Before a build picks a platform their
 * values are unknown, so they stay as written in names and platforms.
 */
export const PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE',
]);

/**
 * Rule ids of the errors the model finds. `SyntaxError` is kept for what is typically
 * half-typed (`FROM alpine AS`, `COPY --from=`); the others are real build problems, which
 * must not freeze the canvas the way half-typed text does.
 */
export type ModelRule = 'SyntaxError' | 'StageReference' | 'InvalidStageName' | 'SecretMountFrom' | 'NoBuildStage';

/** The model, and the semantic errors BuildKit's dockerfile2llb would stop at. */
export interface ModelResult {
  readonly model: DockerfileModel;
  readonly diagnostics: readonly Diagnostic[];
}

interface StageDraft {
  index: number;
  name: string | null;
  displayName: string | null;
  nameRange: Range | null;
  base: StageBase;
  baseRange: Range;
  platform: string | null;
  fromInstruction: Instruction;
  instructions: Instruction[];
}

/** Reads the `NAME[=value]` words of an ARG; `value` is the raw text after `=`. */
export function argDeclarations(instruction: Instruction): { name: string; value: string | null; range: Range }[] {
  return instruction.args.map((arg) => {
    const eq = arg.value.indexOf('=');
    if (eq < 0) return { name: arg.value, value: null, range: arg };
    return { name: arg.value.slice(0, eq), value: arg.value.slice(eq + 1), range: arg };
  });
}

/**
 * Expands a word against the global ARGs, as BuildKit does for FROM and `--platform`.
 * Platform ARGs that no global ARG overrides stay unexpanded, because no build has picked a
 * platform yet; they come back in `$NAME` form (`${BUILDPLATFORM}` gives `$BUILDPLATFORM`,
 * and a modifier such as `${TARGETARCH:+x}` is applied as if the ARG were set).
 */
function expandGlobal(word: string, globals: ReadonlyMap<string, string>, escape: string): string {
  return lexWord(word, (name) => globals.get(name) ?? (PLATFORM_ARGS.has(name) ? `$${name}` : undefined), { escape }).value;
}

/**
 * Builds the stage model from the syntax tree: stages, global ARGs, and every edge, with
 * names and indexes resolved where BuildKit resolves them.
 */
export function buildModel(instructions: readonly Instruction[], escape: '\\' | '`', source: string): ModelResult {
  const diagnostics: Diagnostic[] = [];
  const error = (message: string, range: Range, rule: ModelRule = 'SyntaxError') =>
    diagnostics.push({ rule, severity: 'error', message, from: range.from, to: range.to, url: ruleUrl(rule) });
  const globals: GlobalArg[] = [];
  const globalValues = new Map<string, string>();
  const drafts: StageDraft[] = [];

  for (const instruction of instructions) {
    if (instruction.name === 'FROM') {
      drafts.push(readFrom(instruction, drafts, globalValues, escape, error));
      continue;
    }
    const current = drafts[drafts.length - 1];
    if (current !== undefined) {
      current.instructions.push(instruction);
      continue;
    }
    if (instruction.name === 'ARG') {
      for (const decl of argDeclarations(instruction)) {
        const value = decl.value === null ? null : expandGlobal(decl.value, globalValues, escape);
        globals.push({ name: decl.name, value, instruction });
        if (value !== null) globalValues.set(decl.name, value);
        else if (!globalValues.has(decl.name)) globalValues.set(decl.name, '');
      }
    } else if (instruction.known) {
      error('no build stage in current context: only ARG may come before the first FROM', instruction.keywordRange, 'NoBuildStage');
    }
  }

  const stages: Stage[] = drafts.map((d) => {
    const last = d.instructions[d.instructions.length - 1];
    return { ...d, from: d.fromInstruction.from, to: last === undefined ? d.fromInstruction.to : last.to };
  });
  const edges = collectEdges(stages, source, error);
  return { model: { globals, stages, edges }, diagnostics };
}

function readFrom(
  instruction: Instruction,
  earlier: readonly StageDraft[],
  globalValues: ReadonlyMap<string, string>,
  escape: '\\' | '`',
  error: (message: string, range: Range, rule?: ModelRule) => void,
): StageDraft {
  const args = instruction.args;
  const index = earlier.length;
  if (args.length !== 1 && !(args.length === 3 && args[1]!.value.toLowerCase() === 'as')) {
    error('FROM requires either one or three arguments', args.length === 0 ? instruction.keywordRange : instruction.argsRange);
  }
  const baseArg = args[0];
  const baseRange: Range = baseArg ?? { from: instruction.keywordRange.to, to: instruction.keywordRange.to };
  const raw = baseArg?.value ?? '';
  const ref = expandGlobal(raw, globalValues, escape);
  let base: StageBase;
  const stage = earlier.findLast((s) => s.name !== null && s.name === ref.toLowerCase());
  if (ref === 'scratch') base = { kind: 'scratch', ref: 'scratch', raw };
  else if (stage !== undefined) base = { kind: 'stage', stage: stage.index, ref, raw };
  else base = { kind: 'image', ref, raw, image: parseImageRef(ref) };

  let name: string | null = null;
  let displayName: string | null = null;
  let nameRange: Range | null = null;
  if (args.length >= 3 && args[1]!.value.toLowerCase() === 'as') {
    const nameArg = args[2]!;
    displayName = nameArg.value;
    name = nameArg.value.toLowerCase();
    nameRange = { from: nameArg.from, to: nameArg.to };
    if (!STAGE_NAME_PATTERN.test(name)) {
      error(`invalid name for build stage: "${nameArg.value}", name can't start with a number or contain symbols`, nameRange, 'InvalidStageName');
    }
  }
  // Flag names are case-sensitive in BuildKit: `--PLATFORM` is an unknown flag, not this one.
  const platformFlag = instruction.flags.find((f) => f.name === 'platform');
  const platform = platformFlag?.value == null ? null : expandGlobal(platformFlag.value, globalValues, escape);
  return {
    index,
    name,
    displayName,
    nameRange,
    base,
    baseRange: { from: baseRange.from, to: baseRange.to },
    platform,
    fromInstruction: instruction,
    instructions: [],
  };
}

/**
 * Where the stage name of a mount's `from=` sits in the source. The option offsets are into
 * the flag's processed value; when the source spells the value differently (quotes), the
 * field is looked up in the source text instead, and the whole flag is the fallback.
 */
function mountFromRange(source: string, flag: Flag, option: MountOption): Range {
  if (flag.valueRange === null) return flag;
  const { from, to } = flag.valueRange;
  const written = source.slice(from, to);
  if (written === flag.value) return { from: from + option.to - option.value.length, to: from + option.to };
  const field = `from=${option.value}`;
  const at = written.indexOf(field);
  return at < 0 ? flag : { from: from + at + 5, to: from + at + field.length };
}

function flagsNamed(instruction: Instruction, name: string): Flag[] {
  return instruction.flags.filter((f) => f.name === name);
}

/** Edges from FROM, COPY --from, RUN --mount from=, and ONBUILD triggers of a base stage. */
function collectEdges(stages: readonly Stage[], source: string, error: (message: string, range: Range, rule?: ModelRule) => void): StageEdge[] {
  const byName = new Map<string, number>();
  // Like BuildKit's statesByName map, a later duplicate name wins.
  for (const stage of stages) if (stage.name !== null) byName.set(stage.name, stage.index);
  const edges: StageEdge[] = [];

  const fromInstruction = (instruction: Instruction, to: number, viaOnbuild: boolean, report: boolean) => {
    for (const flag of instruction.name === 'COPY' ? flagsNamed(instruction, 'from') : []) {
      const value = flag.value ?? '';
      const range = flag.valueRange ?? flag;
      const paths = instruction.args.slice(0, -1).map((a) => a.value);
      if (value === '') {
        if (report) error('COPY --from needs a value: a stage name, a stage index or an image', flag);
        continue;
      }
      if (value.includes('$')) {
        if (report) error(`COPY --from does not expand variables: "${value}" would be read as an image name`, range, 'StageReference');
        continue;
      }
      let from: number | null = null;
      if (/^\d+$/.test(value)) {
        const index = Number(value);
        if (index >= stages.length) {
          if (report) error(`invalid stage index ${index}: there are only ${stages.length} stages`, range, 'StageReference');
          continue;
        }
        from = index;
      } else from = byName.get(value.toLowerCase()) ?? null;
      if (from === null) {
        edges.push({ kind: 'copy', from: null, image: value, to, instruction, range, paths, viaOnbuild });
        continue;
      }
      if (report && from >= to) {
        error(
          from === to
            ? `COPY --from=${value} refers to its own stage`
            : `COPY --from=${value} refers to a later stage; a stage can only copy from stages before it`,
          range,
          'StageReference',
        );
      }
      edges.push({ kind: 'copy', from, image: null, to, instruction, range, paths, viaOnbuild });
    }
    for (const flag of instruction.name === 'RUN' ? flagsNamed(instruction, 'mount') : []) {
      const mount = parseMount(flag);
      if (mount.from === null) continue;
      const range = mountFromRange(source, flag, mount.from);
      if (mount.type === 'secret') {
        if (report) error('a secret mount cannot have from=: secrets come from the build client, not a stage', range, 'SecretMountFrom');
        continue;
      }
      const value = mount.from.value;
      if (value === '') {
        if (report) error('--mount from= needs a value: a stage name or an image', range);
        continue;
      }
      const from = byName.get(value.toLowerCase()) ?? null;
      if (from === null) {
        edges.push({ kind: 'mount', from: null, image: value, to, instruction, range, paths: [], viaOnbuild });
        continue;
      }
      if (report && from >= to) error(`--mount from=${value} refers to ${from === to ? 'its own stage' : 'a later stage'}`, range, 'StageReference');
      edges.push({ kind: 'mount', from, image: null, to, instruction, range, paths: [], viaOnbuild });
    }
  };

  for (const stage of stages) {
    if (stage.base.kind === 'stage') {
      edges.push({
        kind: 'from',
        from: stage.base.stage,
        image: null,
        to: stage.index,
        instruction: stage.fromInstruction,
        range: stage.baseRange,
        paths: [],
        viaOnbuild: false,
      });
      for (const inherited of stages[stage.base.stage]!.instructions) {
        if (inherited.name === 'ONBUILD' && inherited.trigger !== null) fromInstruction(inherited.trigger, stage.index, true, false);
      }
    }
    for (const instruction of stage.instructions) fromInstruction(instruction, stage.index, false, true);
  }
  return edges;
}
