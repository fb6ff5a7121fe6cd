import type { Range } from '../dockerfile/ast.ts';

/** How long an instruction's argument text may be on a stage node. */
export const MAX_ARGS_LENGTH = 32;

/**
 * An instruction's argument text on one line: continuations joined, comment lines inside a
 * continued instruction dropped, runs of whitespace collapsed, and cut to `max` characters.
 * Read from the source (not BuildKit's `Next` chain) so ENV and JSON forms look as written.
 */
export function summarizeArgs(source: string, range: Range, escape: '\\' | '`', max: number = MAX_ARGS_LENGTH): string {
  const text = source.slice(range.from, range.to);
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    // Only lines after the first can be comment lines of a continued instruction.
    if (i > 0 && trimmed.startsWith('#')) continue;
    kept.push(trimmed.endsWith(escape) ? trimmed.slice(0, -1) : trimmed);
  }
  return truncate(kept.join(' ').replace(/\s+/g, ' ').trim(), max);
}

/** Cuts `text` to `max` characters, ending with an ellipsis when it was longer. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
