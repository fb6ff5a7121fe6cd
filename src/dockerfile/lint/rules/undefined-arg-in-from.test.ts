import { describe, expect, it } from 'vitest';
import { lintWith } from './support/test-lint.ts';
import { undefinedArgInFrom } from './undefined-arg-in-from.ts';

const lint = (text: string) => lintWith(undefinedArgInFrom, text);

describe('UndefinedArgInFrom', () => {
  it('ARG tag=latest / FROM busybox:${tag}${version} AS b — warns on the undeclared one', () => {
    expect(lint('ARG tag=latest\nFROM busybox:${tag}${version} AS b\n')).toEqual([
      { rule: 'UndefinedArgInFrom', severity: 'warning', message: "FROM argument 'version' is not declared", text: '${version}' },
    ]);
  });

  it('FROM --platform=$BULIDPLATFORM scratch — suggests the predefined ARG', () => {
    expect(lint('FROM --platform=$BULIDPLATFORM scratch\n')).toMatchObject([
      { message: "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)", text: '$BULIDPLATFORM' },
    ]);
  });

  it('ARG MY_ARCH=amd64 / FROM --platform=linux/${MYARCH} busybox — suggests a declared ARG', () => {
    expect(lint('ARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\n')).toMatchObject([
      { message: "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)", text: '${MYARCH}' },
    ]);
  });

  it('ARG base=scratch / FROM $base — declared', () => {
    expect(lint('ARG base=scratch\nFROM $base\n')).toEqual([]);
  });

  it('FROM --platform=$BUILDPLATFORM scratch — predefined platform ARGs need no declaration', () => {
    expect(lint('FROM --platform=$BUILDPLATFORM scratch\n')).toEqual([]);
  });

  it('ARG DEBUG / FROM scra${DEBUG:-tch} — declared without a default', () => {
    expect(lint('ARG DEBUG\nFROM scratch${DEBUG}\nFROM scra${DEBUG:-tch}\n')).toEqual([]);
  });

  it('FROM alpine / ARG V=1 / FROM alpine:$V — a stage ARG is not a global ARG', () => {
    expect(lint('FROM alpine\nARG V=1\nFROM alpine:$V\n')).toMatchObject([{ text: '$V' }]);
  });
});
