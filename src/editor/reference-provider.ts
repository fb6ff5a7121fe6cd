import type { languages } from 'monaco-editor/editor';
import { referencesAt } from '../dockerfile/language/stage-navigation.ts';
import { languageTarget } from './language-target.ts';
import { toMonacoRange, toOffset } from './monaco-positions.ts';

/** Shift+F12 on a stage reference: every place that names the stage. */
export const referenceProvider: languages.ReferenceProvider = {
  provideReferences(model, position, context) {
    const target = languageTarget(model);
    if (target === null) return [];
    const { lines } = target.analysis;
    return referencesAt(target.analysis, toOffset(lines, position), context.includeDeclaration).map((reference) => ({
      uri: model.uri,
      range: toMonacoRange(lines, reference.from, reference.to),
    }));
  },
};
