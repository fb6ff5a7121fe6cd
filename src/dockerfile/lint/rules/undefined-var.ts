import type { Instruction } from '../../ast.ts';
import { parseMountOptions } from '../../mount-options.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { argWords, globalScope } from './support/global-scope.ts';
import { lexWord, type LexOptions } from '../../shell-lex.ts';
import { HEREDOC_BODY_LEX, plainWord, sourceWord, type ExpandedWord, type SourceWord } from './support/source-word.ts';
import { declareArg, stageScopes, type StageScope } from './support/stage-scope.ts';
import { suggest } from './support/suggest.ts';

/** ARGs BuildKit reads itself and never puts in the environment. */
const NON_ENV_ARGS: ReadonlySet<string> = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
const HEREDOC_WORD = /^\d*<<-?/;

/**
 * The words BuildKit's builder expands in an instruction, that is what the `Expand` and
 * `ExpandRaw` methods of its commands cover: ADD/COPY sources, destination, `--chown`
 * (and ADD's `--checksum`) and unquoted-heredoc bodies; ENV and LABEL keys and values;
 * USER, WORKDIR, STOPSIGNAL and VOLUME arguments; RUN's `--mount` option values. RUN's
 * command, CMD, ENTRYPOINT, HEALTHCHECK, EXPOSE and ONBUILD are not checked by BuildKit.
 */
function expandedWords(instruction: Instruction, source: string, escape: string): ExpandedWord[] {
  const words: ExpandedWord[] = [];
  const shell = { escape };
  const add = (word: SourceWord, options: LexOptions = shell) => words.push({ word, options });
  const flagValues = (...names: string[]) => {
    for (const flag of instruction.flags) {
      if (names.includes(flag.name) && flag.value !== null && flag.valueRange !== null) {
        add(sourceWord(instruction, flag.valueRange, flag.value));
      }
    }
  };
  switch (instruction.name) {
    case 'ADD':
    case 'COPY':
      flagValues(...(instruction.name === 'ADD' ? ['chown', 'checksum'] : ['chown']));
      for (const arg of instruction.args) {
        // A heredoc's `<<EOF` word names inline content, not a path to expand.
        if (instruction.form === 'shell' && HEREDOC_WORD.test(arg.value) && instruction.heredocs.length > 0) continue;
        add(sourceWord(instruction, arg, arg.value));
      }
      // BuildKit expands heredoc bodies with a backslash escape and leaves quotes alone.
      for (const heredoc of instruction.heredocs) {
        if (heredoc.expand) add(plainWord(source, heredoc.body), HEREDOC_BODY_LEX);
      }
      break;
    case 'ENV':
    case 'LABEL':
      for (const pair of instruction.keyValues) {
        add(sourceWord(instruction, pair.keyRange, pair.key));
        add(sourceWord(instruction, pair.valueRange, pair.value));
      }
      break;
    case 'USER':
    case 'WORKDIR':
    case 'STOPSIGNAL':
    case 'VOLUME':
      for (const arg of instruction.args) add(sourceWord(instruction, arg, arg.value));
      break;
    case 'RUN':
      for (const flag of instruction.flags) {
        if (flag.name !== 'mount' || flag.value === null || flag.valueRange === null) continue;
        const mountWord = sourceWord(instruction, flag.valueRange, flag.value);
        for (const option of parseMountOptions(flag.value)) {
          const field = flag.value.slice(option.from, option.to);
          const eq = field.indexOf('=');
          if (eq < 0) continue;
          const start = option.from + eq + 1;
          const exact = field.slice(eq + 1) === option.value;
          add({
            text: option.value,
            range: (from, to) => (exact ? mountWord.range(start + from, start + to) : mountWord.whole),
            whole: exact ? mountWord.range(start, start + option.value.length) : mountWord.whole,
          });
        }
      }
      break;
    default:
      break;
  }
  return words;
}

/**
 * UndefinedVar: a variable that the builder expands but that nothing defines: no ARG or
 * ENV of the stage (or of the stages it builds on), and not the image's PATH. BuildKit
 * expands it to an empty string without a word. Predefined ARGs such as TARGETARCH or
 * HTTP_PROXY are no exception: a stage sees them only after `ARG TARGETARCH`, which is
 * exactly the mistake this rule catches. The suggestion comes from the variables that
 * are set, as BuildKit's does.
 */
export const undefinedVar: LintRule = {
  name: 'UndefinedVar',
  source: 'buildkit',
  severity: 'warning',
  description: 'Variables should be defined before their use',
  check(context) {
    const { ast, model } = context;
    const scopes = stageScopes(context);
    const globals = globalScope(ast);
    const findings: LintFinding[] = [];
    const report = (word: ExpandedWord, scope: StageScope) => {
      const lexed = lexWord(word.word.text, (name) => scope.env.get(name), word.options);
      if (lexed.error) return;
      const reported = new Set<string>();
      for (const miss of lexed.unmatched) {
        if (reported.has(miss.name) || scope.args.has(miss.name) || NON_ENV_ARGS.has(miss.name)) continue;
        reported.add(miss.name);
        const match = suggest(miss.name, scope.env.keys(), true);
        const hint = match === null ? '' : ` (did you mean $${match}?)`;
        findings.push({ ...word.word.range(miss.from, miss.to), message: `Usage of undefined variable '$${miss.name}'${hint}` });
      }
    };
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        const scope = scopes.before(instruction);
        if (scope === undefined) continue;
        if (instruction.name === 'ARG') {
          // Each default sees the words of the same ARG before it, as BuildKit's `dispatchArg` does.
          const env = new Map(scope.env);
          const args = new Set(scope.args);
          for (const word of argWords(instruction)) {
            if (word.rawValue !== null) {
              const eq = word.arg.value.indexOf('=');
              const whole = sourceWord(instruction, word.arg, word.arg.value);
              const value: SourceWord = {
                text: word.rawValue,
                range: (from, to) => whole.range(eq + 1 + from, eq + 1 + to),
                whole: whole.whole,
              };
              report({ word: value, options: { escape: ast.escape } }, { ...scope, env, args });
            }
            declareArg(env, args, word, globals, ast.escape);
          }
          continue;
        }
        for (const word of expandedWords(instruction, ast.source, ast.escape)) report(word, scope);
      }
    }
    return findings;
  },
};
