import { describe, expect, it } from 'vitest';
import { readTextFile } from './read-text-file.ts';

describe('readTextFile', () => {
  it('a UTF-8 file with a BOM and CRLF: every character kept', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('FROM alpine\r\n# ü 🐳\r\n')]);
    const text = await readTextFile(new Blob([bytes]));
    expect(text).toBe('\uFEFFFROM alpine\r\n# ü 🐳\r\n');
    expect(new TextEncoder().encode(text)).toEqual(bytes);
  });

  it('an empty file reads as an empty text', async () => {
    expect(await readTextFile(new Blob([]))).toBe('');
  });
});
