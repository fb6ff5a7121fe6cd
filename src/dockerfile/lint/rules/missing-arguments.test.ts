import { describe, expect, it } from 'vitest';
import { missingArguments } from './missing-arguments.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(missingArguments, text);
const messages = (text: string) => lint(text).map((f) => f.message);

describe('MissingArguments', () => {
  it('FROM alpine / COPY onlyone — COPY needs a source and a destination', () => {
    expect(lint('FROM alpine\nCOPY onlyone\n')).toEqual([
      {
        rule: 'MissingArguments',
        severity: 'error',
        message: 'COPY requires at least two arguments, but only one was provided. Destination could not be determined',
        text: 'COPY',
      },
    ]);
  });

  it('FROM alpine / add x — names the instruction as BuildKit does', () => {
    expect(messages('FROM alpine\nadd x\n')).toEqual([
      'ADD requires at least two arguments, but only one was provided. Destination could not be determined',
    ]);
  });

  it('FROM alpine / COPY <<EOF /dst — a heredoc counts as a source', () => {
    expect(lint('FROM alpine\nCOPY <<EOF /dst\nhi\nEOF\n')).toEqual([]);
  });

  it('FROM alpine / WORKDIR — exactly one argument', () => {
    expect(lint('FROM alpine\nWORKDIR\n')).toMatchObject([{ message: 'WORKDIR requires exactly one argument', text: 'WORKDIR' }]);
  });

  it('FROM alpine / USER / STOPSIGNAL / MAINTAINER — exactly one argument each', () => {
    expect(messages('FROM alpine\nUSER\nSTOPSIGNAL\nMAINTAINER\n')).toEqual([
      'USER requires exactly one argument',
      'STOPSIGNAL requires exactly one argument',
      'MAINTAINER requires exactly one argument',
    ]);
  });

  it('FROM alpine / ENV / LABEL / EXPOSE / VOLUME / ARG / ONBUILD / HEALTHCHECK — at least one argument', () => {
    expect(messages('FROM alpine\nENV\nLABEL\nEXPOSE\nVOLUME\nARG\nONBUILD\nHEALTHCHECK\n')).toEqual([
      'ENV requires at least one argument',
      'LABEL requires at least one argument',
      'EXPOSE requires at least one argument',
      'VOLUME requires at least one argument',
      'ARG requires at least one argument',
      'ONBUILD requires at least one argument',
      'HEALTHCHECK requires at least one argument',
    ]);
  });

  it('FROM alpine / SHELL [] / VOLUME [] — an empty JSON array is no argument', () => {
    expect(messages('FROM alpine\nSHELL []\nVOLUME []\n')).toEqual([
      'SHELL requires at least one argument',
      'VOLUME requires at least one argument',
    ]);
  });

  it('FROM alpine / HEALTHCHECK CMD — needs a command', () => {
    expect(lint('FROM alpine\nHEALTHCHECK CMD\n')).toMatchObject([{ message: 'Missing command after HEALTHCHECK CMD', text: 'HEALTHCHECK' }]);
  });

  it('FROM alpine / ONBUILD WORKDIR — checks ONBUILD triggers', () => {
    expect(lint('FROM alpine\nONBUILD WORKDIR\n')).toMatchObject([{ message: 'WORKDIR requires exactly one argument', text: 'WORKDIR' }]);
  });

  it('FROM alpine / RUN / CMD / ENTRYPOINT — BuildKit accepts them empty', () => {
    expect(lint('FROM alpine\nRUN\nCMD\nENTRYPOINT\n')).toEqual([]);
  });

  it('FROM alpine / ENV key — the parser reports the one-word ENV, not this rule', () => {
    expect(lint('FROM alpine\nENV key\n')).toEqual([]);
  });

  it('complete instructions — no finding', () => {
    expect(
      lint('FROM alpine\nCOPY a b\nWORKDIR /app\nENV A=1\nEXPOSE 80\nHEALTHCHECK NONE\nHEALTHCHECK CMD true\nONBUILD RUN x\nARG X\n'),
    ).toEqual([]);
  });
});
