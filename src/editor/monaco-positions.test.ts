import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../dockerfile/text.ts';
import { toMonacoPosition, toMonacoRange, toOffset } from './monaco-positions.ts';

describe('monaco positions', () => {
  const text = 'FROM a AS b\nRUN x\n\nCOPY . .';
  const lines = createLineIndex(text);

  it('"FROM a AS b\\nRUN x\\n\\nCOPY . ." offsets round-trip through Monaco positions', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      expect(toOffset(lines, toMonacoPosition(lines, offset))).toBe(offset);
    }
  });

  it('"FROM a AS b\\nRUN x\\n\\nCOPY . ." RUN x is line 2, columns 1 to 6', () => {
    expect(toMonacoRange(lines, 12, 17)).toEqual({ startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 6 });
  });

  it('"FROM a\\r\\nRUN b" a column past the end of line 1 stays on line 1', () => {
    const crlf = createLineIndex('FROM a\r\nRUN b');
    expect(toOffset(crlf, { lineNumber: 1, column: 7 })).toBe(6);
    expect(toOffset(crlf, { lineNumber: 1, column: 99 })).toBe(7);
  });
});
