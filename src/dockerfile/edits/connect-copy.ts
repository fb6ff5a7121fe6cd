import type { Analysis } from '../analyze.ts';
import type { Instruction } from '../ast.ts';
import type { Stage } from '../model.ts';
import { refuse, type EditResult } from './edit-result.ts';
import { CONTINUATION_AT_END, continuationAtEnd, indentationAt, insertLines, instructionLines, keywordStyle, lineEnding } from './edit-text.ts';
import { referenceNameFor } from './stage-names.ts';

/** Intent: copy files of stage `from` into stage `to`. */
export interface ConnectCopyIntent {
  readonly from: number;
  readonly to: number;
  /** Defaults to {@link defaultCopyPaths}' source. */
  readonly source?: string;
  /** Defaults to {@link defaultCopyPaths}' destination. */
  readonly destination?: string;
}

/** The paths a new `COPY --from` starts with, for the inline form. */
export interface CopyPaths {
  readonly source: string;
  readonly destination: string;
}

/**
 * The working directory a stage ends with (its own WORKDIRs, after its base stage's), or
 * `null` when it sets none or one holds a variable that only the build can expand.
 */
export function stageWorkdir(analysis: Analysis, stage: Stage, seen: ReadonlySet<number> = new Set()): string | null {
  let dir = stage.base.kind === 'stage' && !seen.has(stage.base.stage) ? stageWorkdir(analysis, analysis.model.stages[stage.base.stage]!, new Set([...seen, stage.index])) : null;
  for (const instruction of stage.instructions) {
    if (instruction.name !== 'WORKDIR') continue;
    const path = instruction.args[0]?.value;
    if (path === undefined || path.includes('$')) return null;
    dir = path.startsWith('/') ? path : `${dir ?? ''}/${path}`;
  }
  return dir === null ? null : dir.replace(/\/{2,}/g, '/');
}

/**
 * Sensible paths for copying from stage `from` into stage `to`: the source is `from`'s
 * working directory with a trailing slash (its contents), or `/` when it sets none; the
 * destination is `.` (the working directory) when `to` has one, else the same path as the
 * source, so the files land where they were.
 */
export function defaultCopyPaths(analysis: Analysis, from: number, to: number): CopyPaths {
  const source = analysis.model.stages[from];
  const target = analysis.model.stages[to];
  const dir = source === undefined ? null : stageWorkdir(analysis, source);
  const sourcePath = dir === null || dir === '/' ? '/' : `${dir.replace(/\/$/, '')}/`;
  const destination = target !== undefined && stageWorkdir(analysis, target) !== null ? '.' : sourcePath;
  return { source: sourcePath, destination };
}

/** Paths as COPY arguments: plain words, or the JSON form when one holds a space or a quote. */
export function copyArguments(paths: readonly string[]): string {
  return paths.some((p) => /[\s"'\\]/.test(p)) ? JSON.stringify(paths).replace(/","/g, '", "') : paths.join(' ');
}

/** Where a new COPY goes in a stage: after its last COPY or WORKDIR, else after its FROM. */
function copyAnchor(stage: Stage): Instruction {
  return stage.instructions.findLast((i) => i.name === 'COPY' || i.name === 'WORKDIR') ?? stage.fromInstruction;
}

/** The indentation for a line inserted after `anchor` in `stage`: like its neighbours. */
export function neighbourIndentation(analysis: Analysis, stage: Stage, anchor: Instruction): string {
  const { source } = analysis.ast;
  const model = anchor === stage.fromInstruction ? (stage.instructions[0] ?? anchor) : anchor;
  return indentationAt(source, model.from);
}

/**
 * Inserts `COPY --from=<name of from> <source> <destination>` into stage `to`, after its
 * last COPY or WORKDIR, else right after its FROM, indented like its neighbours. A `from`
 * stage with no name gets one (`AS <name>`, after its base image). Refuses `from >= to`:
 * a stage can only copy from an earlier one.
 */
export function connectCopy(analysis: Analysis, intent: ConnectCopyIntent): EditResult {
  const { stages } = analysis.model;
  const from = stages[intent.from];
  const to = stages[intent.to];
  if (from === undefined || to === undefined) return refuse(`There is no stage ${from === undefined ? intent.from : intent.to}.`);
  if (intent.from >= intent.to) {
    return refuse(intent.from === intent.to ? 'A stage cannot copy from itself.' : 'A stage can only copy from a stage before it; move the stages first.');
  }
  const defaults = defaultCopyPaths(analysis, intent.from, intent.to);
  const sourcePath = (intent.source ?? defaults.source).trim();
  const destination = (intent.destination ?? defaults.destination).trim();
  if (sourcePath === '' || destination === '') return refuse('COPY needs a source path and a destination.');
  const reference = referenceNameFor(analysis, from);
  if (typeof reference === 'string') return refuse(reference);

  const { source } = analysis.ast;
  const eol = lineEnding(source);
  const anchor = copyAnchor(to);
  if (continuationAtEnd(analysis.ast) === anchor) return refuse(CONTINUATION_AT_END);
  const indent = neighbourIndentation(analysis, to, anchor);
  const line = `${indent}${keywordStyle(analysis).keyword('COPY')} --from=${reference.name} ${copyArguments([sourcePath, destination])}${eol}`;
  const insertion = insertLines(source, instructionLines(analysis, anchor).to, line, eol);
  return { ok: true, changes: [...reference.changes, insertion], selectStage: to.index };
}
