import { describe, expect, it } from 'vitest';
import { lintWith } from './support/test-lint.ts';
import { unknownInstruction } from './unknown-instruction.ts';

const lint = (text: string) => lintWith(unknownInstruction, text);

describe('UnknownInstruction', () => {
  it('FROM alpine / RUNN echo — suggests RUN', () => {
    expect(lint('FROM alpine\nRUNN echo\n')).toEqual([
      { rule: 'UnknownInstruction', severity: 'error', message: 'unknown instruction: RUNN (did you mean RUN?)', text: 'RUNN' },
    ]);
  });

  it('FROM alpine / cpy a b — suggests in the casing typed', () => {
    expect(lint('FROM alpine\ncpy a b\n')[0]).toMatchObject({ message: 'unknown instruction: cpy (did you mean copy?)', text: 'cpy' });
  });

  it('FROM alpine / BADCMD — no suggestion when nothing is close', () => {
    expect(lint('FROM alpine\nBADCMD\n')).toMatchObject([{ message: 'unknown instruction: BADCMD', text: 'BADCMD' }]);
  });

  it('FROM alpine / ONBUILD RUNX x — checks ONBUILD triggers', () => {
    expect(lint('FROM alpine\nONBUILD RUNX x\n')).toMatchObject([{ message: 'unknown instruction: RUNX (did you mean RUN?)', text: 'RUNX' }]);
  });

  it('FROM alpine / run echo / Copy a b — known instructions in any casing pass', () => {
    expect(lint('FROM alpine\nrun echo\nCopy a b\n')).toEqual([]);
  });

  it('# check=skip=all / FOO — syntax errors cannot be skipped', () => {
    expect(lint('# check=skip=all\nFROM alpine\nFOO\n')).toHaveLength(1);
  });
});
