import { describe, expect, it } from 'vitest';
import { exposeInvalidFormat } from './expose-invalid-format.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(exposeInvalidFormat, text);

describe('ExposeInvalidFormat', () => {
  it('FROM alpine / EXPOSE 127.0.0.1:80:80 — an address and a host port', () => {
    expect(lint('FROM alpine\nEXPOSE 127.0.0.1:80:80\n')).toEqual([
      {
        rule: 'ExposeInvalidFormat',
        severity: 'warning',
        message: "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'",
        text: '127.0.0.1:80:80',
      },
    ]);
  });

  it('FROM alpine / EXPOSE 80 8080:80/tcp — only the mapped one', () => {
    expect(lint('FROM alpine\nEXPOSE 80 8080:80/tcp\n')).toMatchObject([
      { message: "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80/tcp'", text: '8080:80/tcp' },
    ]);
  });

  it('FROM alpine / EXPOSE 80 443/tcp 8000-8010 — plain ports pass', () => {
    expect(lint('FROM alpine\nEXPOSE 80 443/tcp 8000-8010\n')).toEqual([]);
  });
});
