import { describe, expect, it } from 'vitest';
import { noEmptyContinuation } from './no-empty-continuation.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(noEmptyContinuation, text);

describe('NoEmptyContinuation', () => {
  it('COPY Dockerfile \\ / (blank) / . — warns on the blank line', () => {
    expect(lint('FROM scratch\nCOPY Dockerfile \\\n\n.\n')).toEqual([
      { rule: 'NoEmptyContinuation', severity: 'warning', message: 'Empty continuation line', text: '\n' },
    ]);
  });

  it('RUN a \\ / (spaces) / b — the blank line keeps its spaces', () => {
    expect(lint('FROM scratch\nRUN a \\\n   \n b\n')).toMatchObject([{ text: '   \n' }]);
  });

  it('RUN a \\ / # comment / b — a comment line is not empty', () => {
    expect(lint('FROM scratch\nRUN a \\\n# comment\n b\n')).toEqual([]);
  });

  it('COPY Dockerfile \\ / . — no blank line, no warning', () => {
    expect(lint('FROM scratch\nCOPY Dockerfile \\\n.\n')).toEqual([]);
  });
});
