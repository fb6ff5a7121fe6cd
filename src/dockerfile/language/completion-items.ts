import type { Analysis } from '../analyze.ts';
import { argDeclarations, PLATFORM_ARGS } from '../build-model.ts';
import { INSTRUCTION_NAMES } from '../instructions.ts';
import { ALL_RULES } from '../lint/all-rules.ts';
import { DIRECTIVE_DOCS, docMarkdown, FLAG_DOCS, INSTRUCTION_DOCS, MOUNT_OPTION_DOCS, MOUNT_TYPE_DOCS } from './reference-docs.ts';
import { stageTitle } from './stage-summary.ts';

/** What a completion item is, for its icon. */
export type CompletionKind = 'instruction' | 'flag' | 'mountOption' | 'value' | 'stage' | 'variable' | 'keyword' | 'directive' | 'rule';

/** One completion proposal. */
export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** The text that replaces the completion range. */
  readonly insertText: string;
  readonly detail: string;
  /** Markdown, shown beside the list. */
  readonly documentation?: string;
  /** True when the inserted text expects a value next (`--from=`): ask for completions again. */
  readonly retrigger?: boolean;
  /** Orders items before Monaco's filtering (by label otherwise). */
  readonly sortText?: string;
}

/** Instructions that ONBUILD cannot trigger. */
const NOT_TRIGGERS: ReadonlySet<string> = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

/** The instruction keywords, in `lowercase` or upper case, each followed by a space. */
export function instructionItems(lowercase: boolean, forTrigger: boolean): CompletionItem[] {
  return INSTRUCTION_NAMES.filter((name) => !forTrigger || !NOT_TRIGGERS.has(name)).map((name) => {
    const doc = INSTRUCTION_DOCS[name];
    const keyword = lowercase ? name.toLowerCase() : name;
    return { label: keyword, kind: 'instruction', insertText: `${keyword} `, detail: doc.syntax, documentation: docMarkdown(doc), retrigger: name === 'FROM' };
  });
}

/** Flags that are on or off: written without `=value`. */
const SWITCH_FLAGS: ReadonlySet<string> = new Set(['link', 'parents', 'keep-git-dir']);

/** The flags of an instruction (upper-case name), minus those already written once. */
export function flagItems(instruction: string, present: readonly string[]): CompletionItem[] {
  const flags = Object.hasOwn(FLAG_DOCS, instruction) ? FLAG_DOCS[instruction]! : {};
  // Flags that may repeat stay on offer.
  const repeatable = new Set(['mount', 'exclude', 'device']);
  return Object.entries(flags)
    .filter(([name]) => repeatable.has(name) || !present.includes(name))
    .map(([name, doc]) => {
      const toggle = SWITCH_FLAGS.has(name);
      return {
        label: `--${name}`,
        kind: 'flag',
        insertText: toggle ? `--${name}` : `--${name}=`,
        detail: doc.syntax,
        documentation: docMarkdown(doc),
        retrigger: !toggle,
      };
    });
}

/** Mount options that are on or off by their name alone. */
const SWITCH_OPTIONS: ReadonlySet<string> = new Set(['readonly', 'ro', 'readwrite', 'rw', 'required']);

/** The options that a mount of `type` takes, minus those already in the mount. */
export function mountOptionItems(type: string, present: readonly string[]): CompletionItem[] {
  return Object.entries(MOUNT_OPTION_DOCS)
    .filter(([name, doc]) => !present.includes(name) && (doc.types.includes(type) || name === 'type'))
    .map(([name, doc]) => {
      const toggle = SWITCH_OPTIONS.has(name);
      return {
        label: name,
        kind: 'mountOption',
        insertText: toggle ? name : `${name}=`,
        detail: doc.syntax,
        documentation: docMarkdown(doc),
        retrigger: !toggle,
        // `type` first, then the option every type needs.
        sortText: name === 'type' ? '0' : name === 'target' ? '1' : `2${name}`,
      };
    });
}

/** Values of the mount options that take a fixed set. */
export function mountValueItems(key: string): CompletionItem[] {
  if (key === 'type') {
    return Object.entries(MOUNT_TYPE_DOCS).map(([name, doc]) => ({
      label: name,
      kind: 'value',
      insertText: name,
      detail: 'mount type',
      documentation: docMarkdown(doc),
    }));
  }
  const values: Readonly<Record<string, readonly string[]>> = {
    sharing: ['shared', 'private', 'locked'],
    readonly: ['true', 'false'],
    ro: ['true', 'false'],
    readwrite: ['true', 'false'],
    rw: ['true', 'false'],
    required: ['true', 'false'],
  };
  return (Object.hasOwn(values, key) ? values[key]! : []).map((value) => ({ label: value, kind: 'value', insertText: value, detail: key }));
}

/**
 * Stages that a reference in stage `current` may name: only earlier ones (BuildKit refuses a
 * later stage). With `indexes`, unnamed stages are offered by index (`COPY --from` takes
 * one); otherwise only named stages are.
 */
export function stageItems(analysis: Analysis, current: number, indexes: boolean): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const stage of analysis.model.stages) {
    if (stage.index >= current) break;
    if (stage.name === null && !indexes) continue;
    const label = stage.displayName ?? String(stage.index);
    items.push({
      label,
      kind: 'stage',
      insertText: label,
      detail: `stage ${stage.index} · FROM ${stage.base.raw}`,
      documentation: `Stage ${stage.index} \`${stageTitle(stage)}\`, based on \`${stage.base.ref}\`.`,
      // Nearest stages first: the one just above is the likeliest.
      sortText: String(1000 - stage.index).padStart(4, '0'),
    });
  }
  return items;
}

/**
 * Variables for `$`/`${`: ARGs and ENVs the stage declared before `offset`, the global
 * ARGs, and the platform ARGs BuildKit predefines.
 */
export function variableItems(analysis: Analysis, stage: number | null, offset: number): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  const add = (name: string, detail: string, sortText: string) => {
    if (name !== '' && !items.has(name)) items.set(name, { label: name, kind: 'variable', insertText: name, detail, sortText: `${sortText}${name}` });
  };
  const current = stage === null ? undefined : analysis.model.stages[stage];
  for (const instruction of current?.instructions ?? []) {
    if (instruction.from >= offset) break;
    if (instruction.name === 'ARG') for (const decl of argDeclarations(instruction)) add(decl.name, 'ARG of this stage', '0');
    if (instruction.name === 'ENV') for (const pair of instruction.keyValues) add(pair.key, 'ENV of this stage', '0');
  }
  for (const global of analysis.model.globals) {
    add(global.name, global.value === null ? 'global ARG' : `global ARG = ${global.value}`, '1');
  }
  for (const name of PLATFORM_ARGS) add(name, 'predefined by BuildKit', '2');
  return [...items.values()];
}

/** The parser directives not yet in the file. */
export function directiveItems(present: readonly string[]): CompletionItem[] {
  return Object.entries(DIRECTIVE_DOCS)
    .filter(([name]) => !present.includes(name))
    .map(([name, doc]) => ({
      label: name,
      kind: 'directive',
      insertText: name === 'syntax' ? 'syntax=docker/dockerfile:1' : `${name}=`,
      detail: doc.syntax,
      documentation: docMarkdown(doc),
      retrigger: name !== 'syntax',
    }));
}

/** BuildKit's rule names, for `# check=skip=`. */
export function checkRuleItems(): CompletionItem[] {
  return ALL_RULES.filter((rule) => rule.source === 'buildkit').map((rule) => ({
    label: rule.name,
    kind: 'rule',
    insertText: rule.name,
    detail: rule.description,
  }));
}
