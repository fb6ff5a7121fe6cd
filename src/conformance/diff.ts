/**
 * Short, one-line descriptions of where two texts part ways, for failure messages.
 */

/** How many characters of context a round-trip message shows on each side. */
const CONTEXT = 24;

/** Shows a string with its invisible characters escaped, so `\r`, tabs and a BOM can be seen. */
export function show(s: string): string {
  return JSON.stringify(s);
}

/** The 1-based line and column of an offset, counting `\n` as the line break. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first offset at which two strings differ, or `null` when they are equal. */
export function firstDifferentOffset(a: string, b: string): number | null {
  if (a === b) return null;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
  return n;
}

/**
 * Where a printed text departs from the original, e.g.
 * `printed text differs at 3:5 (offset 20): expected "RUN a\\\n", got "RUN a\n"`;
 * `null` when they are equal.
 */
export function describeTextDifference(expected: string, actual: string): string | null {
  const at = firstDifferentOffset(expected, actual);
  if (at === null) return null;
  const { line, column } = lineColumn(expected, at);
  // Start the excerpt at the line's start (at most 16 back) so the reader sees what precedes.
  const start = Math.max(at - (column - 1), at - 16);
  const want = expected.slice(start, at + CONTEXT);
  const got = actual.slice(start, at + CONTEXT);
  const lengths =
    expected.length === actual.length ? '' : ` (length ${expected.length} vs ${actual.length})`;
  return `printed text differs at ${line}:${column} (offset ${at})${lengths}: expected ${show(want)}, got ${show(got)}`;
}

/**
 * The first line where two dumps differ, e.g.
 * `dump line 4: expected (env "A" "b" ""), got (env "A" "b" "=")`; `null` when equal.
 * A missing line shows as `<end>`, an empty one as `<empty>`; a difference only in the final
 * newline is named as such.
 */
export function describeDumpDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const want = dumpLines(expected);
  const got = dumpLines(actual);
  const n = Math.max(want.lines.length, got.lines.length);
  for (let i = 0; i < n; i++) {
    const w = want.lines[i];
    const g = got.lines[i];
    if (w !== g) return `dump line ${i + 1}: expected ${showLine(w)}, got ${showLine(g)}`;
  }
  return want.finalNewline ? 'dump lacks the final newline' : 'dump has a final newline the result lacks';
}

function dumpLines(dump: string): { lines: string[]; finalNewline: boolean } {
  const finalNewline = dump.endsWith('\n');
  const body = finalNewline ? dump.slice(0, -1) : dump;
  return { lines: body === '' ? [] : body.split('\n'), finalNewline };
}

function showLine(line: string | undefined): string {
  if (line === undefined) return '<end>';
  return line === '' ? '<empty>' : line;
}
