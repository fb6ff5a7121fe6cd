/**
 * Test helpers: a text with a `|` marking the offset under test. Imported only by tests.
 */
import { analyzeDockerfile, type Analysis } from '../analyze.ts';

/** The analysis of `marked` without its `|`, and the offset where the `|` was. */
export function atMarker(marked: string): { analysis: Analysis; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | marker in the text');
  return { analysis: analyzeDockerfile(marked.slice(0, offset) + marked.slice(offset + 1)), offset };
}

/** The offset of the `nth` (0-based) occurrence of `needle` in `text`, plus `delta`. */
export function offsetOf(text: string, needle: string, delta = 0, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  return at + delta;
}
