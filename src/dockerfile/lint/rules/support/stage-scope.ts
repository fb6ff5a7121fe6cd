import type { Instruction } from '../../../ast.ts';
import { PLATFORM_ARGS } from '../../../build-model.ts';
import type { DockerfileModel, Stage } from '../../../model.ts';
import type { LintContext } from '../../rule.ts';
import { argWords, globalScope, type ArgWord, type GlobalScope } from './global-scope.ts';
import { DEFAULT_PATH, imageEnv } from './image-env.ts';
import { lexWord, type EnvLookup } from '../../../shell-lex.ts';

/**
 * What BuildKit's dispatcher knows at one point of a stage, as far as the lint rules need
 * it. A stage built on another stage starts from that stage's final state, as BuildKit's
 * `dispatchState.init` copies its base's state, environment, ARGs and WORKDIR flag.
 */
export interface StageScope {
  /** The environment: ENV, ARGs that got a value, the image's variables. `null`: value unknown. */
  readonly env: ReadonlyMap<string, string | null>;
  /** ARGs declared in the stage or its parents, with or without a value (BuildKit's `buildArgs`). */
  readonly args: ReadonlySet<string>;
  /** True when the base image may set variables not listed in `env`. */
  readonly openImageEnv: boolean;
  /** True once a SHELL instruction is in force. */
  readonly shell: boolean;
  /** True once a WORKDIR was set in the Dockerfile (not by the image). */
  readonly workdirSet: boolean;
}

/** The scope before each instruction of each stage, and at each stage's end. */
export interface StageScopes {
  /** The scope an instruction of a stage runs in; `undefined` outside stages. */
  before(instruction: Instruction): StageScope | undefined;
  /** The scope at the end of a stage. */
  end(stage: number): StageScope;
}

/** A lookup over a scope's environment, as BuildKit's `getEnv(d.state)`. */
export function envLookup(scope: StageScope): EnvLookup {
  return (name) => scope.env.get(name);
}

/**
 * Applies one `NAME[=default]` of a stage ARG as BuildKit's `dispatchArg` does: the default
 * is expanded in the environment so far (earlier words of the same ARG included); without
 * a default the global ARG's value is taken, if there is one. Platform ARGs get a value
 * only at build time, so theirs is unknown here.
 */
export function declareArg(
  env: Map<string, string | null>,
  args: Set<string>,
  word: ArgWord,
  globals: GlobalScope,
  escape: string,
): void {
  let value: string | null | undefined;
  if (word.rawValue !== null) {
    const lexed = lexWord(word.rawValue, (name) => env.get(name), { escape });
    value = lexed.uncertain ? null : lexed.value;
  } else if (globals.values.has(word.name)) {
    value = PLATFORM_ARGS.has(word.name) ? null : globals.values.get(word.name)!;
  }
  if (value !== undefined) env.set(word.name, value);
  args.add(word.name);
}

interface MutableScope {
  env: Map<string, string | null>;
  args: Set<string>;
  openImageEnv: boolean;
  shell: boolean;
  workdirSet: boolean;
}

const cache = new WeakMap<DockerfileModel, StageScopes>();

/** Computes (once per model) the scopes of every stage, in stage order. */
export function stageScopes(context: LintContext): StageScopes {
  const cached = cache.get(context.model);
  if (cached !== undefined) return cached;
  const escape = context.ast.escape;
  const globals = globalScope(context.ast);
  const before = new Map<Instruction, StageScope>();
  const ends: StageScope[] = [];

  // Copy-on-write: a snapshot is shared until an ARG or ENV changes the maps.
  const snapshot = (scope: MutableScope): StageScope => ({ ...scope });
  const apply = (scope: MutableScope, instruction: Instruction) => {
    const lookup: EnvLookup = (name) => scope.env.get(name);
    switch (instruction.name) {
      case 'ARG': {
        scope.env = new Map(scope.env);
        scope.args = new Set(scope.args);
        for (const word of argWords(instruction)) declareArg(scope.env, scope.args, word, globals, escape);
        break;
      }
      case 'ENV': {
        // BuildKit expands every pair before applying any: `ENV A=1 B=$A` does not see A.
        const pairs = instruction.keyValues.map((kv) => {
          const lexed = lexWord(kv.value, lookup, { escape });
          return { key: kv.key, value: lexed.uncertain ? null : lexed.value };
        });
        scope.env = new Map(scope.env);
        for (const pair of pairs) scope.env.set(pair.key, pair.value);
        break;
      }
      case 'SHELL':
        scope.shell = true;
        break;
      case 'WORKDIR':
        scope.workdirSet = true;
        break;
      default:
        break;
    }
  };

  const initial = (stage: Stage): MutableScope => {
    if (stage.base.kind === 'stage') {
      const parent = ends[stage.base.stage];
      if (parent !== undefined) {
        const scope: MutableScope = { ...parent, env: new Map(parent.env), args: new Set(parent.args) };
        // The parent's ONBUILD triggers run first in the child.
        for (const inherited of context.model.stages[stage.base.stage]!.instructions) {
          if (inherited.name === 'ONBUILD' && inherited.trigger !== null) apply(scope, inherited.trigger);
        }
        return scope;
      }
    }
    const image = imageEnv(stage.base);
    const env = new Map<string, string | null>();
    for (const name of image.names) env.set(name, name === 'PATH' && stage.base.kind === 'scratch' ? DEFAULT_PATH : null);
    return { env, args: new Set(), openImageEnv: !image.complete, shell: false, workdirSet: false };
  };

  for (const stage of context.model.stages) {
    const scope = initial(stage);
    for (const instruction of stage.instructions) {
      before.set(instruction, snapshot(scope));
      apply(scope, instruction);
    }
    ends[stage.index] = snapshot(scope);
  }

  const scopes: StageScopes = {
    before: (instruction) => before.get(instruction),
    end: (stage) => ends[stage]!,
  };
  cache.set(context.model, scopes);
  return scopes;
}
