import type { languages } from 'monaco-editor/editor';
import type { CompletionKind } from '../dockerfile/language/completion-items.ts';
import { completionsAt } from '../dockerfile/language/completion-at.ts';
import { languageTarget } from './language-target.ts';
import { monaco } from './monaco-setup.ts';
import { toMonacoRange, toOffset } from './monaco-positions.ts';

const { CompletionItemKind } = monaco.languages;

/** Monaco's icon for each kind of proposal. */
const KINDS: Readonly<Record<CompletionKind, languages.CompletionItemKind>> = {
  instruction: CompletionItemKind.Keyword,
  flag: CompletionItemKind.Property,
  mountOption: CompletionItemKind.Field,
  value: CompletionItemKind.EnumMember,
  stage: CompletionItemKind.Module,
  variable: CompletionItemKind.Variable,
  keyword: CompletionItemKind.Keyword,
  directive: CompletionItemKind.Snippet,
  rule: CompletionItemKind.Reference,
};

/** Opens the list again after a proposal that expects a value (`--mount=`). */
const RETRIGGER: languages.Command = { id: 'editor.action.triggerSuggest', title: 'Suggest' };

/**
 * Completion from the core: instructions, flags, mount options and values, stage names,
 * variables and directives. `,` is a trigger too, for the next `--mount` option.
 */
export const completionProvider: languages.CompletionItemProvider = {
  triggerCharacters: ['=', '-', '$', '{', ' ', ','],
  provideCompletionItems(model, position) {
    const target = languageTarget(model);
    if (target === null) return { suggestions: [] };
    const { lines } = target.analysis;
    const list = completionsAt(target.analysis, toOffset(lines, position));
    if (list === null) return { suggestions: [] };
    const range = toMonacoRange(lines, list.from, list.to);
    return {
      suggestions: list.items.map((item) => ({
        label: item.label,
        kind: KINDS[item.kind],
        insertText: item.insertText,
        detail: item.detail,
        range,
        ...(item.documentation === undefined ? {} : { documentation: { value: item.documentation } }),
        ...(item.sortText === undefined ? {} : { sortText: item.sortText }),
        ...(item.retrigger === true ? { command: RETRIGGER } : {}),
      })),
    };
  },
};
