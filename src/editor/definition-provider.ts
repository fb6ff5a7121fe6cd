import type { languages } from 'monaco-editor/editor';
import { definitionAt } from '../dockerfile/language/stage-navigation.ts';
import { languageTarget } from './language-target.ts';
import { toMonacoRange, toOffset } from './monaco-positions.ts';

/** F12 on a stage reference: its `AS name` (or the FROM of an unnamed stage). */
export const definitionProvider: languages.DefinitionProvider = {
  provideDefinition(model, position) {
    const target = languageTarget(model);
    if (target === null) return null;
    const { lines } = target.analysis;
    const range = definitionAt(target.analysis, toOffset(lines, position));
    return range === null ? null : { uri: model.uri, range: toMonacoRange(lines, range.from, range.to) };
  },
};
