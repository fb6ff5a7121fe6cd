import type { Analysis } from '../analyze.ts';
import type { Instruction, Range } from '../ast.ts';
import { parseMountOptions } from '../mount-options.ts';
import {
  checkRuleItems,
  directiveItems,
  flagItems,
  instructionItems,
  mountOptionItems,
  mountValueItems,
  stageItems,
  variableItems,
  type CompletionItem,
} from './completion-items.ts';
import { instructionAt } from './syntax-at.ts';

/** The proposals at an offset and the range that an accepted one replaces. */
export interface CompletionList extends Range {
  readonly items: readonly CompletionItem[];
}

/** The stage whose FROM is at or before `offset`, or `null` before the first FROM. */
function stageIndexAt(analysis: Analysis, offset: number): number | null {
  let found: number | null = null;
  for (const stage of analysis.model.stages) {
    if (stage.fromInstruction.from <= offset) found = stage.index;
    else break;
  }
  return found;
}

/** Where the word at `offset` ends, so an accepted proposal replaces all of it. */
function wordEnd(source: string, offset: number, pattern: RegExp): number {
  let end = offset;
  while (end < source.length && pattern.test(source[end]!)) end++;
  return end;
}

/** True when only flags stand between the keyword and `at`: a flag may still come. */
function inFlagZone(source: string, instruction: Instruction, at: number): boolean {
  const between = source.slice(instruction.keywordRange.to, at).replace(/\\\r?\n/g, ' ');
  return /^(\s+--\S*)*\s+$/.test(between);
}

/** Lowercase keywords when the file mostly uses them (BuildKit's casing vote) or the user typed so. */
function preferLowercase(analysis: Analysis, typed: string): boolean {
  if (/[a-z]/.test(typed)) return typed === typed.toLowerCase();
  let lower = 0;
  let upper = 0;
  for (const { keyword } of analysis.ast.instructions) {
    if (keyword === keyword.toLowerCase()) lower++;
    else if (keyword === keyword.toUpperCase()) upper++;
  }
  return lower > upper;
}

function list(from: number, to: number, items: readonly CompletionItem[]): CompletionList | null {
  return items.length === 0 ? null : { from, to, items };
}

/** `--mount=` values: option names, fixed values, and stage names after `from=`. */
function mountCompletions(analysis: Analysis, offset: number, value: string, stage: number | null): CompletionList | null {
  const source = analysis.ast.source;
  const fieldStart = value.lastIndexOf(',') + 1;
  const field = value.slice(fieldStart);
  const eq = field.indexOf('=');
  if (eq >= 0) {
    const key = field.slice(0, eq).trim().toLowerCase();
    const from = offset - (field.length - eq - 1);
    const to = wordEnd(source, offset, /[\w.\-/]/);
    if (key === 'from') return list(from, to, stageItems(analysis, stage ?? 0, false));
    return list(from, to, mountValueItems(key));
  }
  const options = parseMountOptions(value.slice(0, fieldStart));
  const type = options.find((o) => o.key === 'type')?.value.toLowerCase() ?? 'bind';
  return list(offset - field.length, wordEnd(source, offset, /[\w-]/), mountOptionItems(type, options.map((o) => o.key)));
}

/**
 * The completions at `offset`: instructions at the start of a line, the instruction's
 * flags, `--mount` options and values, stage names after `--from=`, `from=` and `FROM`
 * (earlier stages only), variables after `$` and `${`, and parser directives at the top.
 * `null` when nothing fits.
 */
export function completionsAt(analysis: Analysis, offset: number): CompletionList | null {
  const { ast } = analysis;
  const source = ast.source;
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const prefix = source.slice(lineStart, offset);
  const instruction = instructionAt(ast, offset);
  const stage = stageIndexAt(analysis, offset);

  // Heredoc bodies are file content or a script, not Dockerfile syntax.
  if (instruction?.heredocs.some((h) => h.body.from <= offset && offset <= (h.terminator ?? h.body).to)) return null;

  const variable = /\$\{?(\w*)$/.exec(prefix);
  if (variable !== null) {
    return list(offset - variable[1]!.length, wordEnd(source, offset, /\w/), variableItems(analysis, stage, offset));
  }

  const topOfFile = !ast.instructions.some((i) => i.from < lineStart) && !ast.comments.some((c) => c.from < lineStart);
  if (topOfFile) {
    const skip = /^#\s*check\s*=.*skip=(?:[\w]*,)*(\w*)$/i.exec(prefix);
    if (skip !== null) return list(offset - skip[1]!.length, wordEnd(source, offset, /\w/), checkRuleItems());
    const directive = /^#\s*(\w*)$/.exec(prefix);
    if (directive !== null) {
      const present = ast.directives.filter((d) => d.from < lineStart).map((d) => d.name);
      return list(offset - directive[1]!.length, wordEnd(source, offset, /[\w=]/), directiveItems(present));
    }
  }

  const onContinuation = instruction !== null && instruction.from < lineStart;
  const keyword = /^\s*(\w*)$/.exec(prefix);
  if (keyword !== null && !onContinuation) {
    const typed = keyword[1]!;
    return list(offset - typed.length, wordEnd(source, offset, /\w/), instructionItems(preferLowercase(analysis, typed), false));
  }
  const trigger = /^\s*onbuild\s+(\w*)$/i.exec(prefix);
  if (trigger !== null && !onContinuation) {
    const typed = trigger[1]!;
    return list(offset - typed.length, wordEnd(source, offset, /\w/), instructionItems(preferLowercase(analysis, typed), true));
  }
  if (instruction === null || offset < instruction.keywordRange.to) return null;
  // In an ONBUILD line the trigger's own keyword and flags count.
  const current = instruction;

  const mount = /--mount=(\S*)$/.exec(prefix);
  if (mount !== null && current.name === 'RUN') return mountCompletions(analysis, offset, mount[1]!, stage);

  const fromFlag = /--from=([^\s=]*)$/.exec(prefix);
  if (fromFlag !== null && current.name === 'COPY') {
    return list(offset - fromFlag[1]!.length, wordEnd(source, offset, /[\w.-]/), stageItems(analysis, stage ?? 0, true));
  }

  const flag = /(?:^|\s)(--[\w-]*)$/.exec(prefix);
  if (flag !== null && inFlagZone(source, current, offset - flag[1]!.length)) {
    const present = current.flags.filter((f) => f.to < offset - flag[1]!.length || f.from > offset).map((f) => f.name);
    return list(offset - flag[1]!.length, wordEnd(source, offset, /[\w-]/), flagItems(current.name, present));
  }

  if (current.name === 'FROM') {
    const base = /^\s*from\s+(?:--\S+\s+)*([^\s-][^\s]*|)$/i.exec(prefix);
    if (base !== null) {
      const items = stageItems(analysis, stage ?? 0, false);
      const scratch: CompletionItem = { label: 'scratch', kind: 'keyword', insertText: 'scratch', detail: 'an empty base image', sortText: '9999' };
      return list(offset - base[1]!.length, wordEnd(source, offset, /[\w.\-/:@]/), [...items, scratch]);
    }
    const as = /^\s*from\s+(?:--\S+\s+)*[^\s-]\S*\s+(\w*)$/i.exec(prefix);
    if (as !== null) {
      const word = current.keyword === current.keyword.toLowerCase() ? 'as' : 'AS';
      const item: CompletionItem = { label: word, kind: 'keyword', insertText: `${word} `, detail: 'names the stage' };
      return list(offset - as[1]!.length, wordEnd(source, offset, /\w/), [item]);
    }
  }
  return null;
}
