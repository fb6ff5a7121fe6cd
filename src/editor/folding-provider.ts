import type { languages } from 'monaco-editor/editor';
import { foldingRanges } from '../dockerfile/language/folding-ranges.ts';
import { languageTarget } from './language-target.ts';
import { monaco } from './monaco-setup.ts';

/** Folds per stage, per continued instruction and heredoc, and per comment block. */
export const foldingProvider: languages.FoldingRangeProvider = {
  provideFoldingRanges(model) {
    const target = languageTarget(model);
    if (target === null) return [];
    return foldingRanges(target.analysis).map((region) => ({
      start: region.startLine,
      end: region.endLine,
      ...(region.kind === 'comment' ? { kind: monaco.languages.FoldingRangeKind.Comment } : {}),
    }));
  },
};
