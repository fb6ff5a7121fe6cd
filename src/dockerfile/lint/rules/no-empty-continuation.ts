import type { LintFinding, LintRule } from '../rule.ts';

/**
 * NoEmptyContinuation: a blank line inside a continued instruction. BuildKit skips it
 * today and warns that it will become an error. BuildKit warns once per instruction, at
 * its last line; here each blank line gets its own finding, covering the line and its line
 * break, so that the editor underlines what is to be removed even when the line is empty.
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
