import { describe, expect, it } from 'vitest';
import { fromPlatformFlagConstDisallowed } from './from-platform-flag-const-disallowed.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(fromPlatformFlagConstDisallowed, text);

describe('FromPlatformFlagConstDisallowed', () => {
  it('FROM --platform=linux/amd64 scratch — warns on the value', () => {
    expect(lint('FROM --platform=linux/amd64 scratch\n')).toEqual([
      {
        rule: 'FromPlatformFlagConstDisallowed',
        severity: 'warning',
        message: 'FROM --platform flag should not use constant value "linux/amd64"',
        text: 'linux/amd64',
      },
    ]);
  });

  it('FROM --platform=linux/amd64 scratch AS my_amd64_stage / AS linux — the name marks it deliberate', () => {
    expect(lint('FROM --platform=linux/amd64 scratch AS my_amd64_stage\nFROM --platform=linux/amd64 scratch AS linux\n')).toEqual([]);
  });

  it('FROM --platform=linux/x86_64 alpine AS build-amd64 — the architecture is normalised first', () => {
    expect(lint('FROM --platform=linux/x86_64 alpine AS build-amd64\n')).toEqual([]);
  });

  it('FROM --platform=$BUILDPLATFORM / --platform=linux/${ARCH} — variables pass', () => {
    expect(lint('ARG ARCH=arm64\nFROM --platform=$BUILDPLATFORM golang\nFROM --platform=linux/${ARCH} alpine\n')).toEqual([]);
  });

  it('FROM --platform=not/a/valid/one alpine — an unparsable value is left to the build', () => {
    expect(lint('FROM --platform=not/a/valid/one alpine\n')).toEqual([]);
  });
});
