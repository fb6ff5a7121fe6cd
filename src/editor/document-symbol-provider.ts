import type { languages } from 'monaco-editor/editor';
import type { OutlineKind, OutlineSymbol } from '../dockerfile/language/document-outline.ts';
import { documentOutline } from '../dockerfile/language/document-outline.ts';
import type { LineIndex } from '../dockerfile/text.ts';
import { languageTarget } from './language-target.ts';
import { monaco } from './monaco-setup.ts';
import { toMonacoRange } from './monaco-positions.ts';

const { SymbolKind } = monaco.languages;

const KINDS: Readonly<Record<OutlineKind, languages.SymbolKind>> = {
  stage: SymbolKind.Module,
  instruction: SymbolKind.Function,
  arg: SymbolKind.Variable,
};

function toSymbol(lines: LineIndex, symbol: OutlineSymbol): languages.DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: KINDS[symbol.kind],
    tags: [],
    range: toMonacoRange(lines, symbol.from, symbol.to),
    selectionRange: toMonacoRange(lines, symbol.selection.from, symbol.selection.to),
    children: symbol.children.map((child) => toSymbol(lines, child)),
  };
}

/** The outline (Ctrl+Shift+O): global ARGs, then stages with their instructions. */
export const documentSymbolProvider: languages.DocumentSymbolProvider = {
  displayName: 'Stages',
  provideDocumentSymbols(model) {
    const target = languageTarget(model);
    if (target === null) return [];
    return documentOutline(target.analysis).map((symbol) => toSymbol(target.analysis.lines, symbol));
  },
};
