import type { languages } from 'monaco-editor/editor';
import { hoverAt } from '../dockerfile/language/hover-at.ts';
import { languageTarget } from './language-target.ts';
import { toMonacoRange, toOffset } from './monaco-positions.ts';

/**
 * Hover documentation from the core: instructions, flags, mount options, directives, stage
 * summaries and image parts. Marker hovers (problems) are Monaco's own and show beside it.
 */
export const hoverProvider: languages.HoverProvider = {
  provideHover(model, position) {
    const target = languageTarget(model);
    if (target === null) return null;
    const { lines } = target.analysis;
    const hover = hoverAt(target.analysis, toOffset(lines, position));
    if (hover === null) return null;
    return { range: toMonacoRange(lines, hover.from, hover.to), contents: [{ value: hover.markdown }] };
  },
};
