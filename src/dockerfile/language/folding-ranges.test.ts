import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { foldingRanges } from './folding-ranges.ts';

describe('foldingRanges', () => {
  it('two stages with a continued RUN, two heredocs on one COPY and a comment block — each folds', () => {
    const text = [
      '# first comment', // 1
      '# second comment', // 2
      'FROM alpine AS a', // 3
      'RUN apk add \\', // 4
      '    curl', // 5
      '', // 6
      '# the next stage', // 7
      'FROM a', // 8
      'COPY <<one <<two /dst/', // 9
      'hello', // 10
      'one', // 11
      'world', // 12
      'two', // 13
      'CMD ["x"]', // 14
      '',
    ].join('\n');
    expect(foldingRanges(analyzeDockerfile(text))).toEqual([
      { startLine: 1, endLine: 2, kind: 'comment' },
      { startLine: 3, endLine: 5, kind: 'stage' },
      { startLine: 4, endLine: 5, kind: 'instruction' },
      { startLine: 8, endLine: 14, kind: 'stage' },
      { startLine: 9, endLine: 13, kind: 'instruction' },
      { startLine: 9, endLine: 11, kind: 'heredoc' },
      { startLine: 11, endLine: 13, kind: 'heredoc' },
    ]);
  });

  it('one-line stages — nothing to fold', () => {
    expect(foldingRanges(analyzeDockerfile('FROM alpine\nFROM busybox\n'))).toEqual([]);
  });
});
