import { describe, expect, it } from 'vitest';
import { redundantTargetPlatform } from './redundant-target-platform.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(redundantTargetPlatform, text);

describe('RedundantTargetPlatform', () => {
  it('FROM --platform=$TARGETPLATFORM scratch — warns on the value', () => {
    expect(lint('FROM --platform=$TARGETPLATFORM scratch\n')).toEqual([
      {
        rule: 'RedundantTargetPlatform',
        severity: 'warning',
        message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
        text: '$TARGETPLATFORM',
      },
    ]);
  });

  it('FROM --platform=${TARGETPLATFORM} scratch — quotes the value as written', () => {
    expect(lint('FROM --platform=${TARGETPLATFORM} scratch\n')).toMatchObject([
      { message: 'Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior' },
    ]);
  });

  it('FROM --platform=$BUILDPLATFORM / --platform=$TARGETOS/$TARGETARCH — other values pass', () => {
    expect(lint('FROM --platform=$BUILDPLATFORM golang AS b\nFROM --platform=$TARGETOS/$TARGETARCH alpine\n')).toEqual([]);
  });
});
