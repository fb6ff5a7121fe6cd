import { describe, expect, it } from 'vitest';
import { lintWith } from './support/test-lint.ts';
import { workdirRelativePath } from './workdir-relative-path.ts';

const lint = (text: string) => lintWith(workdirRelativePath, text);

describe('WorkdirRelativePath', () => {
  it('FROM scratch / WORKDIR app/ — warns on the path', () => {
    expect(lint('FROM scratch\nWORKDIR app/\n')).toEqual([
      {
        rule: 'WorkdirRelativePath',
        severity: 'warning',
        message: 'Relative workdir "app/" can have unexpected results if the base image changes',
        text: 'app/',
      },
    ]);
  });

  it('FROM scratch / WORKDIR /app / WORKDIR sub — a relative path after an absolute one passes', () => {
    expect(lint('FROM scratch\nWORKDIR /app\nWORKDIR sub\n')).toEqual([]);
  });

  it('FROM scratch AS a / WORKDIR /app / FROM a AS b / WORKDIR subdir/ — inherited from the base stage', () => {
    expect(lint('FROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n')).toEqual([]);
  });

  it('FROM scratch / WORKDIR rel / WORKDIR rel2 — only the first relative WORKDIR', () => {
    expect(lint('FROM scratch\nWORKDIR rel\nWORKDIR rel2\n')).toMatchObject([{ text: 'rel' }]);
  });

  it('FROM scratch / ENV APP=/srv / WORKDIR $APP/x — judged after expansion', () => {
    expect(lint('FROM scratch\nENV APP=/srv\nWORKDIR $APP/x\n')).toEqual([]);
  });

  it('FROM scratch / ARG DIR=srv / WORKDIR $DIR — the expanded value is quoted', () => {
    expect(lint('FROM scratch\nARG DIR=srv\nWORKDIR $DIR\n')).toMatchObject([
      { message: 'Relative workdir "srv" can have unexpected results if the base image changes', text: '$DIR' },
    ]);
  });

  it('FROM golang / WORKDIR $GOPATH/src — an image variable is unknown here, so no guess', () => {
    expect(lint('FROM golang\nWORKDIR $GOPATH/src\n')).toEqual([]);
  });

  it('FROM mcr.microsoft.com/windows/nanoserver / WORKDIR C:/bin / (escape=`) WORKDIR C:\\go — Windows paths are absolute', () => {
    expect(lint('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:/bin\n')).toEqual([]);
    expect(lint('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\go\n')).toEqual([]);
  });
});
