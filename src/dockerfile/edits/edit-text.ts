/**
 * Text helpers shared by the edit commands: whole lines of an instruction or a stage block,
 * the document's line-ending and keyword style, and block rearrangement. One place, so every
 * command cuts and joins lines the same way.
 */
import type { Analysis } from '../analyze.ts';
import type { DockerfileAst, Instruction, Range } from '../ast.ts';
import type { Stage } from '../model.ts';
import type { Change } from './changes.ts';
import { diffTexts } from './changes.ts';

/** The document's line break: CRLF when its first line break is CRLF, else LF. */
export function lineEnding(source: string): '\n' | '\r\n' {
  const at = source.indexOf('\n');
  return at > 0 && source[at - 1] === '\r' ? '\r\n' : '\n';
}

/** Replaces LF and CRLF in `text` with the document's line break. */
export function withLineEnding(text: string, eol: string): string {
  return text.replace(/\r?\n/g, eol);
}

/** Where the line holding `offset` starts; a leading byte-order mark is never part of a line. */
export function lineStartOf(source: string, offset: number): number {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  return start === 0 && source.charCodeAt(0) === 0xfeff ? Math.min(1, offset) : start;
}

/** Where the line holding `offset` ends, after its line break (the text's end on the last line). */
export function lineEndAfter(source: string, offset: number): number {
  const at = source.indexOf('\n', offset);
  return at < 0 ? source.length : at + 1;
}

/** The whole lines that `range` touches, line breaks included. */
export function wholeLines(source: string, range: Range): Range {
  return { from: lineStartOf(source, range.from), to: lineEndAfter(source, Math.max(range.from, range.to - 1)) };
}

/** True for a line that holds only spaces and tabs (and its line break). */
function isBlankLine(source: string, from: number, to: number): boolean {
  return /^[ \t]*\r?\n?$/.test(source.slice(from, to));
}

/** The start of the line before the one starting at `lineStart`, or `null` on the first line. */
function previousLineStart(source: string, lineStart: number): number | null {
  if (lineStart <= 0 || (lineStart === 1 && source.charCodeAt(0) === 0xfeff)) return null;
  return lineStartOf(source, lineStart - 1);
}

/**
 * Where the comment lines directly above `lineStart` begin (no blank line between): the
 * comment block that documents the instruction on that line. `lineStart` when there is none.
 * Only top-level comment lines count: never a directive or a line of an earlier instruction.
 */
export function attachedCommentStart(analysis: Analysis, lineStart: number): number {
  const { source } = analysis.ast;
  const commentLines = topLevelCommentLineStarts(analysis);
  let start = lineStart;
  for (let prev = previousLineStart(source, start); prev !== null && commentLines.has(prev); prev = previousLineStart(source, prev)) {
    start = prev;
  }
  return start;
}

const commentLineCache = new WeakMap<Analysis, ReadonlySet<number>>();

/** Line starts of comment lines that stand alone (not inside a continued instruction). */
function topLevelCommentLineStarts(analysis: Analysis): ReadonlySet<number> {
  const cached = commentLineCache.get(analysis);
  if (cached !== undefined) return cached;
  const { source, instructions, comments } = analysis.ast;
  const starts = new Set<number>();
  let i = 0;
  for (const comment of comments) {
    while (i < instructions.length && instructions[i]!.to <= comment.from) i++;
    const inside = i < instructions.length && instructions[i]!.from < comment.from;
    const lineStart = lineStartOf(source, comment.from);
    if (!inside && /^[ \t]*$/.test(source.slice(lineStart, comment.from))) starts.add(lineStart);
  }
  commentLineCache.set(analysis, starts);
  return starts;
}

/** The whole lines of an instruction: continuation lines and heredoc bodies included. */
export function instructionLines(analysis: Analysis, instruction: Instruction): Range {
  return wholeLines(analysis.ast.source, instruction);
}

/** An instruction's lines with the comment lines directly above it. */
export function instructionBlock(analysis: Analysis, instruction: Instruction): Range {
  const lines = instructionLines(analysis, instruction);
  return { from: attachedCommentStart(analysis, lines.from), to: lines.to };
}

/**
 * A stage's block: from the comment block directly above its FROM to the end of its last
 * instruction, line break included.
 */
export function stageBlock(analysis: Analysis, stage: Stage): Range {
  const { source } = analysis.ast;
  const from = attachedCommentStart(analysis, lineStartOf(source, stage.fromInstruction.from));
  return { from, to: wholeLines(source, stage).to };
}

/**
 * The change that removes whole lines `[from, to)`. When the lines end the text and it has
 * no final line break, the line break before them goes too, so the text still ends without one.
 */
export function removeLines(source: string, lines: Range): Change {
  if (lines.to === source.length && lines.from > 0 && !source.endsWith('\n')) {
    const before = source[lines.from - 2] === '\r' ? 2 : 1;
    return { from: lines.from - before, to: lines.to, insert: '' };
  }
  return { from: lines.from, to: lines.to, insert: '' };
}

/**
 * Joins deletions that overlap into one. Two removed blocks at the end of a text with no
 * final line break can share that break (see {@link removeLines}); a change set may not
 * overlap, so they become one deletion. Other changes pass through unchanged.
 */
export function mergeOverlappingDeletions(source: string, changes: readonly Change[]): Change[] {
  const sorted = [...changes].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: Change[] = [];
  let joined = false;
  for (const change of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && change.from < last.to && last.insert === '' && change.insert === '') {
      merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, change.to), insert: '' };
      joined = true;
    } else merged.push(change);
  }
  // A joined deletion that now ends the text starts at a line start: as removeLines does,
  // take the line break before it, so a text without a final line break keeps none.
  const last = merged[merged.length - 1];
  if (joined && last !== undefined && last.insert === '' && last.to === source.length && !source.endsWith('\n')) {
    const previous = merged[merged.length - 2];
    if (last.from > 0 && source[last.from - 1] === '\n' && (previous === undefined || previous.to < last.from - 1)) {
      const from = last.from - (source[last.from - 2] === '\r' ? 2 : 1);
      merged[merged.length - 1] = { from, to: last.to, insert: '' };
    }
  }
  return merged;
}

/**
 * The change that inserts `lines` (each ending in a line break) at `lineStart`, the start
 * of a line or the end of the text. At the end of a text with no final line break, the break
 * moves to the front so the text still ends without one.
 */
export function insertLines(source: string, lineStart: number, lines: string, eol: string): Change {
  if (lineStart === source.length && source.length > 0 && !source.endsWith('\n')) {
    return { from: lineStart, to: lineStart, insert: eol + lines.slice(0, lines.length - eol.length) };
  }
  return { from: lineStart, to: lineStart, insert: lines };
}

/** The leading spaces and tabs of the line holding `offset`. */
export function indentationAt(source: string, offset: number): string {
  const start = lineStartOf(source, offset);
  return /^[ \t]*/.exec(source.slice(start, offset))![0];
}

/** Blank lines directly after `offset` (a line start), up to the next non-blank line. */
export function blankLinesAfter(source: string, offset: number): number {
  let at = offset;
  while (at < source.length) {
    const end = lineEndAfter(source, at);
    if (!isBlankLine(source, at, end)) break;
    at = end;
  }
  return at;
}

/** Blank lines directly before `lineStart`: where the run of blank lines above it starts. */
export function blankLinesBefore(source: string, lineStart: number): number {
  let at = lineStart;
  for (let prev = previousLineStart(source, at); prev !== null && isBlankLine(source, prev, at); prev = previousLineStart(source, prev)) {
    at = prev;
  }
  return at;
}

/** How the document writes keywords: the majority case of its instruction keywords. */
export interface KeywordStyle {
  /** Writes an instruction keyword (`FROM` or `from`). */
  readonly keyword: (name: string) => string;
  /** `AS` as FROM lines of this document write it. */
  readonly as: string;
}

/** Reads the keyword casing of the document: lower case only when most keywords are. */
export function keywordStyle(analysis: Analysis): KeywordStyle {
  let lower = 0;
  let upper = 0;
  for (const instruction of analysis.ast.instructions) {
    if (instruction.keyword === instruction.keyword.toLowerCase()) lower++;
    else upper++;
  }
  const useLower = lower > upper;
  let asLower = 0;
  let asUpper = 0;
  for (const stage of analysis.model.stages) {
    const word = stage.fromInstruction.args[1]?.value;
    if (word === undefined || word.toLowerCase() !== 'as') continue;
    if (word === 'as') asLower++;
    else asUpper++;
  }
  const asIsLower = asLower + asUpper === 0 ? useLower : asLower > asUpper;
  return {
    keyword: (name) => (useLower ? name.toLowerCase() : name.toUpperCase()),
    as: asIsLower ? 'as' : 'AS',
  };
}

/**
 * The smallest change that turns the region `[region.from, region.to)` into `replacement`
 * (common prefix and suffix kept), so that a rearrangement touches only what moved.
 */
export function rewriteRegion(source: string, region: Range, replacement: string): Change[] {
  return diffTexts(source.slice(region.from, region.to), replacement).map((c) => ({
    from: c.from + region.from,
    to: c.to + region.from,
    insert: c.insert,
  }));
}

/** The text of `range` with `changes` that lie inside it applied (the others ignored). */
export function sliceWithChanges(source: string, range: Range, changes: readonly Change[]): string {
  const inside = changes.filter((c) => range.from <= c.from && c.to <= range.to).sort((a, b) => a.from - b.from);
  let at = range.from;
  let text = '';
  for (const change of inside) {
    text += source.slice(at, change.from) + change.insert;
    at = change.to;
  }
  return text + source.slice(at, range.to);
}

/**
 * Rearranges consecutive blocks: `blocks` tile a region except for the gaps between them,
 * which stay where they are; block `order[k]` goes to slot `k`. `changes` inside blocks are
 * applied to their text on the way. Returns the smallest change that does it.
 */
export function rearrangeBlocks(source: string, blocks: readonly Range[], order: readonly number[], eol: string, changes: readonly Change[] = []): Change[] {
  const region: Range = { from: blocks[0]!.from, to: blocks[blocks.length - 1]!.to };
  const texts = blocks.map((b) => {
    const text = sliceWithChanges(source, b, changes);
    return text.endsWith('\n') ? text : text + eol;
  });
  let replacement = '';
  order.forEach((blockIndex, slot) => {
    replacement += texts[blockIndex]!;
    const next = blocks[slot + 1];
    if (next !== undefined) replacement += sliceWithChanges(source, { from: blocks[slot]!.to, to: next.from }, changes);
  });
  // At the end of a text with no final line break, the region still ends without one.
  if (!source.slice(region.from, region.to).endsWith('\n')) replacement = replacement.slice(0, replacement.length - eol.length);
  return rewriteRegion(source, region, replacement);
}

/**
 * The last instruction when it ends with a line continuation at the end of the text (BuildKit
 * reads that, and its test files have it): any line added after it would join it. `null` otherwise.
 */
export function continuationAtEnd(ast: DockerfileAst): Instruction | null {
  const { source, instructions, escape } = ast;
  const last = instructions[instructions.length - 1];
  if (last === undefined || last.heredocs.length > 0) return null;
  const segment = last.segments[last.segments.length - 1];
  if (segment === undefined) return null;
  // The last piece of the logical line is followed by the escape character: the line continues.
  const rest = source.slice(segment.to, lineEndAfter(source, segment.to));
  return rest.replace(/[ \t\r\n]/g, '') === escape ? last : null;
}

/** The refusal for an edit that would put text after a {@link continuationAtEnd}. */
export const CONTINUATION_AT_END =
  'The last instruction ends with a line continuation at the end of the file, so a line after it would join it; finish that line first.';
