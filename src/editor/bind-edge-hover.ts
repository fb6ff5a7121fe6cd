import type { StageEdge } from '../dockerfile/model.ts';
import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';
import { toMonacoRange } from './monaco-positions.ts';

/** The whole-line class for the instruction of the edge under the pointer (editor.css). */
export const EDGE_HOVER_LINE_CLASS = 'sw-edge-hover-line';

/**
 * Tints the lines of the instruction that makes the canvas edge under the pointer
 * (`COPY --from=…`, `FROM <stage>`, `RUN --mount=…from=…`), and clears them when the pointer
 * leaves. Edges belong to `graphAnalysis`, so its line index places them: while the text is
 * broken that is the last whole text, the closest match to what the canvas shows.
 */
export function bindEdgeHover({ editor, store }: EditorBindingContext): EditorBinding {
  const decorations = editor.createDecorationsCollection();
  let shown: StageEdge | null = null;
  const update = () => {
    const { hoveredEdge, graphAnalysis } = store.getState();
    const edge = hoveredEdge === null ? null : (graphAnalysis.model.edges[hoveredEdge] ?? null);
    if (edge === shown) return;
    shown = edge;
    if (edge === null) {
      decorations.clear();
      return;
    }
    const { from, to } = edge.instruction;
    // `to - 1`: an instruction that ends with its line break must not tint the next line.
    const range = toMonacoRange(graphAnalysis.lines, from, Math.max(from, to - 1));
    decorations.set([{ range, options: { isWholeLine: true, className: EDGE_HOVER_LINE_CLASS } }]);
  };
  update();
  const unsubscribe = store.subscribe(update);
  return {
    dispose() {
      unsubscribe();
      decorations.clear();
    },
  };
}
