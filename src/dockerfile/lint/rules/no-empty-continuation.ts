import type { LintFinding, LintRule } from '../rule.ts';

/**
 * NoEmptyContinuation: a blank line inside a continued instruction. BuildKit skips it
 * today and warns that it will become an error. The finding covers the blank line and its
 * line break, so that even an empty line shows an underline.
 */
export const noEmptyContinuation: LintRule = {
  name: 'NoEmptyContinuation',
  source: 'buildkit',
  severity: 'warning',
  description: 'Empty continuation lines will become errors in a future release',
  check({ ast }) {
    const source = ast.source;
    return ast.emptyContinuations.map((line): LintFinding => {
      let to = line.to;
      while (to < source.length && source[to] === '\r') to++;
      if (source[to] === '\n') to++;
      return { from: line.from, to, message: 'Empty continuation line' };
    });
  },
};
