import { describe, expect, it } from 'vitest';
import { reservedStageName } from './reserved-stage-name.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(reservedStageName, text);

describe('ReservedStageName', () => {
  it('FROM scratch AS scratch / FROM scratch AS Context — warns on both names', () => {
    expect(lint('FROM scratch AS scratch\nFROM scratch AS Context\n')).toEqual([
      {
        rule: 'ReservedStageName',
        severity: 'warning',
        message: 'Stage name should not use the same name as reserved stage "scratch"',
        text: 'scratch',
      },
      {
        rule: 'ReservedStageName',
        severity: 'warning',
        message: 'Stage name should not use the same name as reserved stage "context"',
        text: 'Context',
      },
    ]);
  });

  it('FROM scratch / FROM scratch AS a — scratch as a base is fine', () => {
    expect(lint('FROM scratch\nFROM scratch AS a\n')).toEqual([]);
  });
});
