import { describe, expect, it } from 'vitest';
import { exposeProtoCasing } from './expose-proto-casing.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(exposeProtoCasing, text);

describe('ExposeProtoCasing', () => {
  it('FROM alpine / EXPOSE 80/TcP — warns on the protocol', () => {
    expect(lint('FROM alpine\nEXPOSE 80/TcP\n')).toEqual([
      { rule: 'ExposeProtoCasing', severity: 'warning', message: "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase", text: 'TcP' },
    ]);
  });

  it('FROM alpine / ENV P=53/UDP / EXPOSE $P — judged after expansion, on the whole word', () => {
    expect(lint('FROM alpine\nENV P=53/UDP\nEXPOSE $P\n')).toMatchObject([
      { message: "Defined protocol '53/UDP' in EXPOSE instruction should be lowercase", text: '$P' },
    ]);
  });

  it('FROM alpine / EXPOSE 80 443/tcp 53/udp — lowercase or no protocol passes', () => {
    expect(lint('FROM alpine\nEXPOSE 80 443/tcp 53/udp\n')).toEqual([]);
  });

  it('FROM alpine / EXPOSE 80/FOO — an unknown protocol fails the build instead', () => {
    expect(lint('FROM alpine\nEXPOSE 80/FOO\n')).toEqual([]);
  });
});
