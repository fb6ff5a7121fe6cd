import type { Instruction, Range } from '../ast.ts';
import type { Analysis } from '../analyze.ts';
import { PLATFORM_ARGS } from '../build-model.ts';
import { argWords, globalScope } from '../lint/rules/support/global-scope.ts';
import { HEREDOC_BODY_LEX, plainWord, sourceWord, type ExpandedWord, type SourceWord } from '../lint/rules/support/source-word.ts';
import { stageScopes, type StageScope } from '../lint/rules/support/stage-scope.ts';
import { lexWord } from '../shell-lex.ts';
import { stageTitle } from './stage-title.ts';

/** Where an ARG that a stage can see was declared. */
export const ArgOrigin = {
  /** A global ARG (before the first FROM) declared again in the stage: it keeps the global default. */
  global: 'global',
  /** A predefined platform ARG (`TARGETARCH`, …) declared in the stage. */
  predefined: 'predefined',
  /** Declared in the stage only. */
  stage: 'stage',
  /** Declared in a stage this one is built on (`FROM <stage>`). */
  inherited: 'inherited',
} as const;
export type ArgOrigin = (typeof ArgOrigin)[keyof typeof ArgOrigin];

/** An ARG a stage can use. */
export interface VisibleArg {
  readonly name: string;
  readonly origin: ArgOrigin;
  /** The default as written in the declaring ARG (or the global default it takes), or `null`. */
  readonly value: string | null;
  /** The stage whose ARG declares it. */
  readonly stage: number;
  readonly instruction: Range;
}

/** A global ARG used inside a stage that did not declare it again: BuildKit expands it to nothing. */
export interface ArgMistake {
  readonly name: string;
  readonly stage: number;
  /** Where the variable is used. */
  readonly range: Range;
  readonly instruction: Range;
  readonly message: string;
}

/** The ARGs of one stage. */
export interface StageArgScope {
  readonly stage: number;
  readonly title: string;
  /** What the stage sees at its end, in declaration order (inherited ones first). */
  readonly visible: readonly VisibleArg[];
  /** Global ARGs the stage does not declare: usable in its FROM line only. */
  readonly globalOnly: readonly string[];
  readonly mistakes: readonly ArgMistake[];
}

/** A global ARG: before the first FROM, seen by every FROM line. */
export interface GlobalArgInfo {
  readonly name: string;
  readonly value: string | null;
  readonly instruction: Range;
}

/** The ARG scope of a whole Dockerfile. */
export interface ArgScope {
  readonly globals: readonly GlobalArgInfo[];
  readonly stages: readonly StageArgScope[];
}

/**
 * Words of an instruction that get expanded (by BuildKit, or by the shell for RUN), each with
 * how it is read: the file's escape, a backslash for RUN's shell, heredoc bodies as BuildKit
 * reads them (the same options as the UndefinedVar rule).
 */
function expandedWords(instruction: Instruction, source: string, escape: '\\' | '`'): ExpandedWord[] {
  const words: SourceWord[] = [];
  const heredocBodies: ExpandedWord[] = [];
  switch (instruction.name) {
    case 'RUN':
      // The exec form runs no shell, so nothing in it is expanded.
      if (instruction.form === 'shell') for (const arg of instruction.args) words.push(sourceWord(instruction, arg, arg.value));
      for (const heredoc of instruction.heredocs) if (heredoc.expand) heredocBodies.push({ word: plainWord(source, heredoc.body), options: HEREDOC_BODY_LEX });
      break;
    case 'COPY':
    case 'ADD':
      for (const flag of instruction.flags) {
        if (flag.name === 'chown' && flag.value !== null && flag.valueRange !== null) words.push(sourceWord(instruction, flag.valueRange, flag.value));
      }
      for (const arg of instruction.args) if (!/^\d*<<-?/.test(arg.value)) words.push(sourceWord(instruction, arg, arg.value));
      break;
    case 'ENV':
    case 'LABEL':
      for (const kv of instruction.keyValues) words.push(sourceWord(instruction, kv.valueRange, kv.value));
      break;
    case 'ARG':
      for (const word of argWords(instruction)) {
        if (word.rawValue === null) continue;
        const eq = word.arg.value.indexOf('=');
        const whole = sourceWord(instruction, word.arg, word.arg.value);
        words.push({ text: word.rawValue, range: (from, to) => whole.range(eq + 1 + from, eq + 1 + to), whole: whole.whole });
      }
      break;
    case 'USER':
    case 'WORKDIR':
    case 'EXPOSE':
    case 'VOLUME':
    case 'STOPSIGNAL':
      for (const arg of instruction.args) words.push(sourceWord(instruction, arg, arg.value));
      break;
    default:
      break;
  }
  const options = { escape: instruction.name === 'RUN' ? '\\' : escape };
  return [...words.map((word) => ({ word, options })), ...heredocBodies];
}

function mistakeMessage(name: string, stage: string, predefined: boolean): string {
  if (predefined) return `$${name} is predefined, but stage ${stage} sees it only after ARG ${name}: here it is empty.`;
  return `$${name} is a global ARG, visible only in FROM lines: stage ${stage} must declare ARG ${name} again to use it. Here it is empty.`;
}

/**
 * Which ARGs each stage can see (global ARGs declared again, stage-local ARGs, ARGs inherited
 * through `FROM <stage>`), and the classic mistake: a global ARG (or a predefined one such as
 * TARGETARCH) used inside a stage that did not declare it, which BuildKit expands to nothing.
 */
export function argScope(analysis: Analysis): ArgScope {
  const { ast, model } = analysis;
  const globals = globalScope(ast);
  const scopes = stageScopes(analysis);
  const globalNames = new Set(model.globals.map((g) => g.name));
  const escape = ast.escape;
  const visibleByStage: VisibleArg[][] = [];
  const stages = model.stages.map((stage): StageArgScope => {
    const parent = stage.base.kind === 'stage' ? visibleByStage[stage.base.stage] : undefined;
    const visible: VisibleArg[] = (parent ?? []).map((v) => ({ ...v, origin: ArgOrigin.inherited }));
    const mistakes: ArgMistake[] = [];
    const title = stageTitle(stage);
    for (const instruction of stage.instructions) {
      const scope: StageScope | undefined = scopes.before(instruction);
      if (scope !== undefined) {
        const reported = new Set<string>();
        for (const { word, options } of expandedWords(instruction, ast.source, escape)) {
          const lexed = lexWord(word.text, (name) => scope.env.get(name), options);
          for (const miss of lexed.unmatched) {
            const predefined = PLATFORM_ARGS.has(miss.name) && !globalNames.has(miss.name);
            if (reported.has(miss.name) || scope.args.has(miss.name) || (!globalNames.has(miss.name) && !predefined)) continue;
            reported.add(miss.name);
            mistakes.push({
              name: miss.name,
              stage: stage.index,
              range: word.range(miss.from, miss.to),
              instruction: { from: instruction.from, to: instruction.to },
              message: mistakeMessage(miss.name, title, predefined),
            });
          }
        }
      }
      if (instruction.name !== 'ARG') continue;
      for (const word of argWords(instruction)) {
        const origin = globalNames.has(word.name) ? ArgOrigin.global : PLATFORM_ARGS.has(word.name) ? ArgOrigin.predefined : ArgOrigin.stage;
        const value = word.rawValue ?? (origin === ArgOrigin.global ? (globals.values.get(word.name) ?? null) : null);
        const at = visible.findIndex((v) => v.name === word.name);
        if (at >= 0) visible.splice(at, 1);
        visible.push({ name: word.name, origin, value, stage: stage.index, instruction: { from: instruction.from, to: instruction.to } });
      }
    }
    visibleByStage[stage.index] = visible;
    const globalOnly = [...globalNames].filter((name) => !visible.some((v) => v.name === name));
    return { stage: stage.index, title, visible, globalOnly, mistakes };
  });
  return {
    globals: model.globals.map((g) => ({ name: g.name, value: g.value, instruction: { from: g.instruction.from, to: g.instruction.to } })),
    stages,
  };
}
