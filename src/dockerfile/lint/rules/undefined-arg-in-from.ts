import type { Range } from '../../ast.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { globalScope } from './support/global-scope.ts';
import { lexWord } from '../../shell-lex.ts';
import { sourceWord } from './support/source-word.ts';
import { suggest } from './support/suggest.ts';

/**
 * UndefinedArgInFrom: a FROM image name or `--platform` uses a variable that no global
 * ARG declares (with or without a default) and that is not a predefined platform ARG.
 * It expands to an empty string. The suggestion comes from the declared names.
 */
export const undefinedArgInFrom: LintRule = {
  name: 'UndefinedArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  description: 'FROM command must use declared ARGs',
  check({ ast, model }) {
    const globals = globalScope(ast);
    const declared = new Set(globals.declared);
    const findings: LintFinding[] = [];
    for (const stage of model.stages) {
      const from = stage.fromInstruction;
      const words: { text: string; whole: Range }[] = [];
      const base = from.args[0];
      if (base !== undefined) words.push({ text: base.value, whole: base });
      const platform = from.flags.find((flag) => flag.name === 'platform');
      if (platform?.value != null && platform.valueRange !== null) words.push({ text: platform.value, whole: platform.valueRange });
      for (const { text, whole } of words) {
        const word = sourceWord(from, whole, text);
        const lexed = lexWord(text, globals.lookup, { escape: ast.escape });
        const reported = new Set<string>();
        for (const miss of lexed.unmatched) {
          if (declared.has(miss.name) || reported.has(miss.name)) continue;
          reported.add(miss.name);
          const match = suggest(miss.name, globals.declared, true);
          const hint = match === null ? '' : ` (did you mean ${match}?)`;
          findings.push({ ...word.range(miss.from, miss.to), message: `FROM argument '${miss.name}' is not declared${hint}` });
        }
      }
    }
    return findings;
  },
};
