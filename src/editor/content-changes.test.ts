import { describe, expect, it } from 'vitest';
import type { editor } from 'monaco-editor/editor';
import { applyChanges } from '../dockerfile/edits/changes.ts';
import { createLineIndex } from '../dockerfile/text.ts';
import { changesFromMonaco } from './content-changes.ts';

/** A Monaco content change; only `range` and `text` are read. */
function change(startLine: number, startColumn: number, endLine: number, endColumn: number, text: string): editor.IModelContentChange {
  return {
    range: { startLineNumber: startLine, startColumn, endLineNumber: endLine, endColumn },
    rangeOffset: -1,
    rangeLength: -1,
    text,
  };
}

describe('changesFromMonaco', () => {
  it('"FROM a\\nRUN b\\n" with "x" typed at 2:4', () => {
    const text = 'FROM a\nRUN b\n';
    const changes = changesFromMonaco([change(2, 4, 2, 4, 'x')], createLineIndex(text));
    expect(changes).toEqual([{ from: 10, to: 10, insert: 'x' }]);
    expect(applyChanges(text, changes)).toBe('FROM a\nRUNx b\n');
  });

  it('"FROM a\\nRUN b\\nRUN c" with three cursors typing "#" (Monaco lists them last first)', () => {
    const text = 'FROM a\nRUN b\nRUN c';
    const changes = changesFromMonaco(
      [change(3, 1, 3, 1, '# '), change(2, 1, 2, 1, '# '), change(1, 1, 1, 1, '# ')],
      createLineIndex(text),
    );
    expect(changes.map((c) => c.from)).toEqual([0, 7, 13]);
    expect(applyChanges(text, changes)).toBe('# FROM a\n# RUN b\n# RUN c');
  });

  it('"FROM a\\r\\nRUN b\\r\\n" with the line break after line 1 deleted: the whole CRLF goes', () => {
    const text = 'FROM a\r\nRUN b\r\n';
    const changes = changesFromMonaco([change(1, 7, 2, 1, '')], createLineIndex(text));
    expect(changes).toEqual([{ from: 6, to: 8, insert: '' }]);
    expect(applyChanges(text, changes)).toBe('FROM aRUN b\r\n');
  });

  it('"FROM a\\r\\nRUN b" with text typed at the end of line 1 lands before the \\r', () => {
    const text = 'FROM a\r\nRUN b';
    const changes = changesFromMonaco([change(1, 7, 1, 7, ' AS x')], createLineIndex(text));
    expect(applyChanges(text, changes)).toBe('FROM a AS x\r\nRUN b');
  });

  it('"A\\r\\nB\\nC" (mixed endings) with a line replaced keeps each line ending as it was', () => {
    const text = 'A\r\nB\nC';
    const changes = changesFromMonaco([change(2, 1, 2, 2, 'BB')], createLineIndex(text));
    expect(applyChanges(text, changes)).toBe('A\r\nBB\nC');
  });

  it('"" with a multi-line paste', () => {
    const changes = changesFromMonaco([change(1, 1, 1, 1, 'FROM a\nFROM b\n')], createLineIndex(''));
    expect(changes).toEqual([{ from: 0, to: 0, insert: 'FROM a\nFROM b\n' }]);
  });
});
