import { describe, expect, it } from 'vitest';
import { detectEol, normalizeEol } from './detect-eol.ts';

describe('detectEol', () => {
  it.each([
    ['', '\n'],
    ['FROM a', '\n'],
    ['FROM a\nRUN b\r\n', '\n'],
    ['FROM a\r\nRUN b\n', '\r\n'],
    ['\r\n', '\r\n'],
    ['\n', '\n'],
  ] as const)('%j uses %j', (text, eol) => {
    expect(detectEol(text)).toBe(eol);
  });
});

describe('normalizeEol', () => {
  it('"A\\r\\nB\\nC\\rD" with CRLF', () => {
    expect(normalizeEol('A\r\nB\nC\rD', '\r\n')).toBe('A\r\nB\r\nC\r\nD');
  });
  it('"A\\r\\nB\\nC" with LF', () => {
    expect(normalizeEol('A\r\nB\nC', '\n')).toBe('A\nB\nC');
  });
});
