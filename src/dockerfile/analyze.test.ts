import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from './analyze.ts';

const rules = (text: string) => analyzeDockerfile(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);

describe('analyzeDockerfile: cycles', () => {
  it('"COPY --from=a" inside stage a: one error, at the COPY, not a second on the FROM line', () => {
    const text = 'FROM alpine AS a\nCOPY --from=a /x /y\n';
    const errors = analyzeDockerfile(text).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.rule)).toEqual(['StageReference']);
    expect(errors[0]!.from).toBe(text.indexOf('a /x'));
  });

  it('a and b copying from each other: the cycle is reported, with the later-stage reference', () => {
    expect(rules('FROM alpine AS a\nCOPY --from=b /x /y\nFROM alpine AS b\nCOPY --from=a /x /y\n')).toEqual([
      'CircularDependency',
      'StageReference',
    ]);
  });
});
