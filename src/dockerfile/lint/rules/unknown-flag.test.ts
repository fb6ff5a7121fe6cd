import { describe, expect, it } from 'vitest';
import { lintWith } from './support/test-lint.ts';
import { unknownFlag } from './unknown-flag.ts';

const lint = (text: string) => lintWith(unknownFlag, text);

describe('UnknownFlag', () => {
  it('FROM alpine / ADD --from=build a b — ADD has no --from', () => {
    expect(lint('FROM alpine AS build\nFROM alpine\nADD --from=build a b\n')).toEqual([
      { rule: 'UnknownFlag', severity: 'error', message: 'unknown flag: from', text: '--from' },
    ]);
  });

  it('FROM --platfrom=linux/amd64 alpine — a misspelt flag', () => {
    expect(lint('FROM --platfrom=linux/amd64 alpine\n')).toMatchObject([{ message: 'unknown flag: platfrom', text: '--platfrom' }]);
  });

  it('FROM alpine / COPY --FROM=x a b — names match exactly', () => {
    expect(lint('FROM alpine\nCOPY --FROM=x a b\n')).toMatchObject([{ message: 'unknown flag: FROM', text: '--FROM' }]);
  });

  it('FROM alpine / WORKDIR --x /app / ENV --y A=1 — instructions without flags', () => {
    expect(lint('FROM alpine\nWORKDIR --x /app\nENV --y A=1\n').map((f) => f.message)).toEqual(['unknown flag: x', 'unknown flag: y']);
  });

  it('FROM alpine / ONBUILD COPY --link=true --nope a b — checks triggers', () => {
    expect(lint('FROM alpine\nONBUILD COPY --link=true --nope a b\n')).toMatchObject([{ message: 'unknown flag: nope', text: '--nope' }]);
  });

  it('every documented flag — no finding', () => {
    const text = [
      'FROM --platform=linux/amd64 alpine',
      'COPY --from=x --chown=1 --chmod=644 --link --parents --exclude=*.md a b',
      'ADD --chown=1 --chmod=644 --link --keep-git-dir --checksum=sha256:0 --exclude=x --unpack=true a b',
      'RUN --mount=type=cache,target=/c --network=none --security=insecure --device=x true',
      'HEALTHCHECK --interval=5s --timeout=3s --start-period=1s --start-interval=1s --retries=3 CMD true',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('FROM alpine / HEALTHCHECK --bogus NONE / ARG --x A / STOPSIGNAL --y 9 — BuildKit ignores these flags', () => {
    expect(lint('FROM alpine\nHEALTHCHECK --bogus NONE\nARG --x A\nSTOPSIGNAL --y 9\n')).toEqual([]);
  });
});
