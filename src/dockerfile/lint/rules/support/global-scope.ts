import type { DockerfileAst, Instruction } from '../../../ast.ts';
import { PLATFORM_ARGS } from '../../../build-model.ts';
import { lexWord, type EnvLookup } from '../../../shell-lex.ts';

/**
 * Values BuildKit gives its predefined platform ARGs on a typical linux/amd64 build. The
 * FROM checks need some value to decide whether a name is valid; any real platform gives
 * the same answers for the names these checks look at.
 */
const SAMPLE_PLATFORM_VALUES: Readonly<Record<string, string>> = {
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  TARGETSTAGE: '',
};

/** One `NAME[=value]` word of an ARG, with the value as written (quotes kept). */
export interface ArgWord {
  readonly name: string;
  readonly rawValue: string | null;
  readonly arg: Instruction['args'][number];
}

/** Splits an ARG's words as BuildKit's `parseArg` does: at the first `=`. */
export function argWords(instruction: Instruction): ArgWord[] {
  return instruction.args.map((arg) => {
    const eq = arg.value.indexOf('=');
    return eq < 0
      ? { name: arg.value, rawValue: null, arg }
      : { name: arg.value.slice(0, eq), rawValue: arg.value.slice(eq + 1), arg };
  });
}

/** The scope a FROM line is expanded in: BuildKit's global ARGs with their defaults. */
export interface GlobalScope {
  /** Names with a value: predefined platform ARGs, then global ARGs with a default. */
  readonly values: ReadonlyMap<string, string>;
  /** A lookup over `values`. */
  readonly lookup: EnvLookup;
  /**
   * Names a FROM may use without UndefinedArgInFrom: every global ARG, with or without a
   * default, and the predefined ones (BuildKit's `unusedFromArgsCheckKeys`).
   */
  readonly declared: readonly string[];
  /** The global ARG instructions (before the first FROM). */
  readonly instructions: readonly Instruction[];
}

const cache = new WeakMap<DockerfileAst, GlobalScope>();

/**
 * BuildKit's `buildMetaArgs` with no build arguments given: each global ARG default is
 * expanded in order, over the platform ARGs and the global ARGs before it. An ARG without
 * a default sets nothing, so a predefined value it names stays in force.
 */
export function globalScope(ast: DockerfileAst): GlobalScope {
  const cached = cache.get(ast);
  if (cached !== undefined) return cached;
  const values = new Map<string, string>();
  for (const name of PLATFORM_ARGS) values.set(name, SAMPLE_PLATFORM_VALUES[name] ?? '');
  const lookup: EnvLookup = (name) => values.get(name);
  const declared: string[] = [];
  const instructions: Instruction[] = [];
  for (const instruction of ast.instructions) {
    if (instruction.name === 'FROM') break;
    if (instruction.name !== 'ARG') continue;
    instructions.push(instruction);
    for (const word of argWords(instruction)) {
      if (!declared.includes(word.name)) declared.push(word.name);
      if (word.rawValue !== null) values.set(word.name, lexWord(word.rawValue, lookup, { escape: ast.escape }).value);
    }
  }
  for (const name of PLATFORM_ARGS) if (!declared.includes(name)) declared.push(name);
  const scope = { values, lookup, declared, instructions };
  cache.set(ast, scope);
  return scope;
}
