import type { Instruction, Range } from '../dockerfile/ast.ts';

/** How long an instruction's argument text may be on a stage node. */
export const MAX_ARGS_LENGTH = 32;

/** How many summaries {@link summarizeInstruction} keeps before it starts over. */
const CACHE_LIMIT = 4096;
/** Summaries by escape character and instruction text, so a keystroke re-reads only what changed. */
const summaries = new Map<string, string>();

/**
 * {@link summarizeArgs} for an instruction, remembered by its text: on each keystroke the
 * canvas asks again for every stage, and all but one instruction are as they were. A miss
 * also spares the instruction's lazy argument parse when nothing else needs it.
 */
export function summarizeInstruction(source: string, instruction: Instruction, escape: '\\' | '`'): string {
  const key = escape + source.slice(instruction.from, instruction.to);
  let summary = summaries.get(key);
  if (summary === undefined) {
    summary = summarizeArgs(source, instruction.argsRange, escape);
    if (summaries.size >= CACHE_LIMIT) summaries.clear();
    summaries.set(key, summary);
  }
  return summary;
}

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
