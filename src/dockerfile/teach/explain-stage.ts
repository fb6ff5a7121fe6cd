import type { Analysis } from '../analyze.ts';
import type { Stage } from '../model.ts';
import { parseMount } from '../mount-options.ts';
import { copyPhrase, describeCopy } from './copy-sources.ts';
import { afterKeyword, argumentsText } from './instruction-text.ts';
import { CommandAction, recognizeCommand, type RecognizedCommand } from './recognize-command.ts';
import { runCommands } from './shell-commands.ts';
import { joinWords, stageTitle } from './stage-title.ts';

/** The topics of a stage summary, in the order they are told. */
export const ExplanationTopic = {
  base: 'base',
  installs: 'installs',
  builds: 'builds',
  copies: 'copies',
  sets: 'sets',
  exposes: 'exposes',
  runs: 'runs',
  /** RUN commands that are none of the recognised tools. */
  commands: 'commands',
} as const;
export type ExplanationTopic = (typeof ExplanationTopic)[keyof typeof ExplanationTopic];

/** One sentence of a stage summary. */
export interface ExplanationPart {
  readonly topic: ExplanationTopic;
  readonly text: string;
}

/** A stage told in plain language. */
export interface StageExplanation {
  readonly stage: number;
  readonly title: string;
  readonly parts: readonly ExplanationPart[];
  /** The parts as one paragraph. */
  readonly text: string;
}

/** The RUN commands of a stage that a summary can name, in order. */
export function recognizedCommands(stage: Stage): RecognizedCommand[] {
  const found: RecognizedCommand[] = [];
  for (const instruction of stage.instructions) {
    if (instruction.name !== 'RUN') continue;
    for (const words of runCommands(instruction)) {
      const command = recognizeCommand(words);
      if (command !== null) found.push(command);
    }
  }
  return found;
}

/** `a with apt-get`, `b with apt-get` → `a and b with apt-get`: one phrase per tool. */
function mergeByTool(commands: readonly RecognizedCommand[]): string[] {
  const byTool = new Map<string, string[]>();
  for (const command of commands) {
    const list = byTool.get(command.tool) ?? [];
    for (const item of command.what) if (!list.includes(item)) list.push(item);
    byTool.set(command.tool, list);
  }
  return [...byTool].map(([tool, items]) => `${shortList(items)} with ${tool}`);
}

/** At most `limit` items, then how many more. */
function shortList(items: readonly string[], limit = 6): string {
  if (items.length <= limit) return joinWords(items);
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}

/** A value cut to a readable length. */
function clip(value: string, max = 48): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function basePart(analysis: Analysis, stage: Stage): string {
  const platform = stage.platform === null ? '' : ` for platform ${stage.platform}`;
  const base = stage.base;
  if (base.kind === 'scratch') return `Starts from scratch, an empty image${platform}.`;
  if (base.kind === 'image') return `Starts from the image ${base.ref === '' ? base.raw : base.ref}${platform}.`;
  const parent = analysis.model.stages[base.stage];
  const name = parent === undefined ? base.ref : stageTitle(parent);
  return `Starts from stage ${name}${platform}: everything ${name} installed, copied and set is already there.`;
}

/** Housekeeping that a summary need not mention: shell setup, cleanup, index updates. */
const HOUSEKEEPING = /^(set|true|echo|cd|rm|mkdir|export|exit|:|apt-get (update|clean|autoremove)|apk update|yum clean|dnf clean)$/;

/** The other RUN commands, by their first words, for the `commands` part. */
function otherCommands(stage: Stage): string[] {
  const other: string[] = [];
  for (const instruction of stage.instructions) {
    if (instruction.name !== 'RUN') continue;
    for (const words of runCommands(instruction)) {
      const command = words.filter((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
      if (command.length === 0 || recognizeCommand(words) !== null) continue;
      // `$(…)`, `-gcc` and the like are pieces of a larger shell construct, not commands.
      if (/^[-$`'"(]/.test(command[0]!)) continue;
      if (HOUSEKEEPING.test(command[0]!) || HOUSEKEEPING.test(command.slice(0, 2).join(' '))) continue;
      // Up to three words, but not the options after the subcommand (`golangci-lint run`).
      const shown = command.slice(0, 3);
      const cut = shown.findIndex((w, i) => i > 1 && w.startsWith('-'));
      other.push((cut < 0 ? shown : shown.slice(0, cut)).join(' '));
    }
  }
  return [...new Set(other)];
}

/** Bind mounts of a stage's RUNs, grouped by where they come from: `go.sum and go.mod from the build context`. */
function mountPhrases(analysis: Analysis, stage: Stage): string[] {
  const bySource = new Map<string, string[]>();
  for (const instruction of stage.instructions) {
    if (instruction.name !== 'RUN') continue;
    for (const flag of instruction.flags) {
      if (flag.name !== 'mount') continue;
      const mount = parseMount(flag);
      if (mount.type !== 'bind') continue;
      const edge = analysis.model.edges.find((e) => e.instruction === instruction && e.kind === 'mount' && e.range.from >= flag.from && e.range.to <= flag.to);
      const stageFrom = edge === undefined || edge.from === null ? undefined : analysis.model.stages[edge.from];
      const image = edge === undefined ? null : edge.image;
      const from = stageFrom !== undefined ? `stage ${stageTitle(stageFrom)}` : image !== null ? `image ${image}` : 'the build context';
      const source = mount.options.find((o) => o.key === 'source' || o.key === 'src')?.value;
      const paths = bySource.get(from) ?? [];
      if (source !== undefined && !paths.includes(source)) paths.push(source);
      bySource.set(from, paths);
    }
  }
  return [...bySource].map(([from, paths]) => `mounts ${paths.length === 0 ? '' : `${joinWords(paths)} from `}${from} while RUN runs (none of it stays in the image)`);
}

/** The ENV, ARG, WORKDIR, USER, … settings of a stage, as `WORKDIR /src`. */
function settings(stage: Stage): string[] {
  const out: string[] = [];
  for (const instruction of stage.instructions) {
    switch (instruction.name) {
      case 'ENV':
        for (const kv of instruction.keyValues) out.push(`ENV ${kv.key}=${clip(kv.value)}`);
        break;
      case 'ARG':
        for (const arg of instruction.args) out.push(`ARG ${arg.value}`);
        break;
      case 'WORKDIR':
      case 'USER':
      case 'SHELL':
      case 'STOPSIGNAL':
      case 'VOLUME':
        out.push(`${instruction.name} ${clip(argumentsText(instruction))}`);
        break;
      case 'LABEL':
        for (const kv of instruction.keyValues) out.push(`LABEL ${kv.key}`);
        break;
      default:
        break;
    }
  }
  return out;
}

function runsPart(stage: Stage): string | null {
  const last = (name: string) => stage.instructions.findLast((i) => i.name === name);
  const entrypoint = last('ENTRYPOINT');
  const cmd = last('CMD');
  const health = last('HEALTHCHECK');
  const pieces: string[] = [];
  if (entrypoint !== undefined) pieces.push(`runs ${argumentsText(entrypoint)} (ENTRYPOINT)`);
  if (cmd !== undefined) pieces.push(`${entrypoint === undefined ? 'runs' : 'with the arguments'} ${argumentsText(cmd)} (CMD)`);
  const started = pieces.length === 0 ? null : `When started, it ${pieces.join(' ')}`;
  const checked = health === undefined ? null : afterKeyword(health).toUpperCase() === 'NONE' ? 'its health check is turned off' : `its health is checked with ${afterKeyword(health)}`;
  const all = [started, checked].filter((p): p is string => p !== null);
  return all.length === 0 ? null : sentence(all.join('; '));
}

/**
 * A plain-language summary of one stage: what it starts from, what it installs or builds,
 * what it copies in and from where, and what it sets, exposes and runs. Each part is
 * derived from the stage's instructions; a part with nothing to say is left out.
 */
export function explainStage(analysis: Analysis, stageIndex: number): StageExplanation | null {
  const stage = analysis.model.stages[stageIndex];
  if (stage === undefined) return null;
  const parts: ExplanationPart[] = [{ topic: ExplanationTopic.base, text: basePart(analysis, stage) }];
  const commands = recognizedCommands(stage);
  const installs = commands.filter((c) => c.action === CommandAction.install);
  const fetches = commands.filter((c) => c.action === CommandAction.fetch);
  const installText = [
    ...(installs.length > 0 ? [`installs ${joinWords(mergeByTool(installs))}`] : []),
    ...(fetches.length > 0 ? [`downloads ${joinWords(fetches.map((c) => c.phrase))}`] : []),
  ];
  if (installText.length > 0) parts.push({ topic: ExplanationTopic.installs, text: sentence(installText.join('; ')) });
  const builds = commands.filter((c) => c.action === CommandAction.build);
  const tests = commands.filter((c) => c.action === CommandAction.test);
  const buildText = [
    ...(builds.length > 0 ? [`builds with ${joinWords(builds.map((c) => c.phrase))}`] : []),
    ...(tests.length > 0 ? [`checks with ${joinWords(tests.map((c) => c.phrase))}`] : []),
  ];
  if (buildText.length > 0) parts.push({ topic: ExplanationTopic.builds, text: sentence(buildText.join('; ')) });

  const copies: string[] = [];
  for (const instruction of stage.instructions) {
    const copy = describeCopy(analysis, instruction);
    if (copy !== null) copies.push(`${copy.instruction.name === 'ADD' ? 'adds' : 'copies'} ${copyPhrase(copy)}`);
  }
  copies.push(...mountPhrases(analysis, stage));
  if (copies.length > 0) parts.push({ topic: ExplanationTopic.copies, text: sentence(copies.join('; ')) });

  const set = settings(stage);
  if (set.length > 0) parts.push({ topic: ExplanationTopic.sets, text: sentence(`sets ${joinWords(set)}`) });
  const ports = stage.instructions.filter((i) => i.name === 'EXPOSE').flatMap((i) => i.args.map((a) => a.value));
  if (ports.length > 0) parts.push({ topic: ExplanationTopic.exposes, text: `Exposes ${ports.length === 1 ? 'port' : 'ports'} ${joinWords(ports)}.` });
  const runs = runsPart(stage);
  if (runs !== null) parts.push({ topic: ExplanationTopic.runs, text: runs });
  const other = otherCommands(stage);
  if (other.length > 0) parts.push({ topic: ExplanationTopic.commands, text: sentence(`also runs ${shortList(other.map((c) => `\`${clip(c)}\``), 5)}`) });
  return { stage: stage.index, title: stageTitle(stage), parts, text: parts.map((p) => p.text).join(' ') };
}
