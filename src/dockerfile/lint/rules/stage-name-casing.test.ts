import { describe, expect, it } from 'vitest';
import { stageNameCasing } from './stage-name-casing.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(stageNameCasing, text);

describe('StageNameCasing', () => {
  it('FROM scratch AS BadStageName — warns on the name', () => {
    expect(lint('FROM scratch AS BadStageName\n')).toEqual([
      { rule: 'StageNameCasing', severity: 'warning', message: "Stage name 'BadStageName' should be lowercase", text: 'BadStageName' },
    ]);
  });

  it('FROM scratch AS base / FROM scratch — lowercase or no name passes', () => {
    expect(lint('FROM scratch AS base\nFROM scratch\n')).toEqual([]);
  });
});
