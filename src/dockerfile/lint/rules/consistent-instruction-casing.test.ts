import { describe, expect, it } from 'vitest';
import { consistentInstructionCasing } from './consistent-instruction-casing.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(consistentInstructionCasing, text);

describe('ConsistentInstructionCasing', () => {
  it('FROM scratch / copy Dockerfile /foo / COPY Dockerfile /bar — copy breaks the uppercase majority', () => {
    expect(lint('FROM scratch\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n')).toEqual([
      {
        rule: 'ConsistentInstructionCasing',
        severity: 'warning',
        message: "Command 'copy' should match the case of the command majority (uppercase)",
        text: 'copy',
      },
    ]);
  });

  it('FROM scratch / copy a /b / copy a /c / copy a /d — FROM breaks the lowercase majority', () => {
    expect(lint('FROM scratch\ncopy a /b\ncopy a /c\ncopy a /d\n')).toMatchObject([
      { message: "Command 'FROM' should match the case of the command majority (lowercase)", text: 'FROM' },
    ]);
  });

  it('From scratch as base / FROM scratch AS base2 — mixed case is flagged', () => {
    expect(lint('From scratch as base\nFROM scratch AS base2\n')).toMatchObject([
      { message: "Command 'From' should match the case of the command majority (uppercase)", text: 'From' },
    ]);
  });

  it('from scratch / COPY a /b — a tie goes to uppercase', () => {
    expect(lint('from scratch\nCOPY a /b\n')).toMatchObject([{ text: 'from' }]);
  });

  it('arg x / FROM scratch / COPY a /b — global ARGs do not vote and are not flagged', () => {
    expect(lint('arg x\nFROM scratch\nCOPY a /b\n')).toEqual([]);
  });

  it('from scratch / copy a /b — consistent lowercase passes', () => {
    expect(lint('from scratch\ncopy a /b\n')).toEqual([]);
  });
});
