import { describe, expect, it } from 'vitest';
import { jsonArgsRecommended } from './json-args-recommended.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(jsonArgsRecommended, text);

describe('JSONArgsRecommended', () => {
  it('FROM scratch / CMD mycommand — warns on the shell-form command', () => {
    expect(lint('FROM scratch\nCMD mycommand --flag\n')).toEqual([
      {
        rule: 'JSONArgsRecommended',
        severity: 'warning',
        message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
        text: 'mycommand --flag',
      },
    ]);
  });

  it('FROM scratch / entrypoint mycommand — names the instruction as written', () => {
    expect(lint('FROM scratch\nentrypoint mycommand\n')).toMatchObject([
      { message: 'JSON arguments recommended for entrypoint to prevent unintended behavior related to OS signals' },
    ]);
  });

  it('FROM scratch / CMD ["mycommand"] / ENTRYPOINT ["a"] — JSON form passes', () => {
    expect(lint('FROM scratch\nCMD ["mycommand"]\nENTRYPOINT ["a"]\n')).toEqual([]);
  });

  it('FROM scratch / SHELL ["/usr/bin/customshell"] / CMD mycommand — a SHELL silences it', () => {
    expect(lint('FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n')).toEqual([]);
  });

  it('FROM scratch AS base / SHELL [...] / FROM base / ENTRYPOINT mycommand — the SHELL is inherited', () => {
    expect(lint('FROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n')).toEqual([]);
  });

  it('FROM scratch / CMD a / SHELL [...] — a SHELL after the CMD does not count', () => {
    expect(lint('FROM scratch\nCMD a\nSHELL ["/bin/bash", "-c"]\n')).toHaveLength(1);
  });

  it('FROM scratch AS a / SHELL [...] / FROM alpine / CMD x — another stage\'s SHELL does not count', () => {
    expect(lint('FROM scratch AS a\nSHELL ["/bin/bash", "-c"]\nFROM alpine\nCMD x\n')).toHaveLength(1);
  });
});
