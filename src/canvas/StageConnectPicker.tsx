import { useShallow } from 'zustand/react/shallow';
import { useDocument } from '../store/document-context.ts';
import { useCanvasUiStore } from './canvas-ui-context.ts';
import { stageLabel } from './stage-node-data.ts';

/**
 * The keyboard's way to draw a connection into stage `index`: pick an earlier stage to copy
 * from or to start FROM, and the same form or question as a dragged connection opens.
 */
export function StageConnectPicker({ index }: { readonly index: number }) {
  const ui = useCanvasUiStore();
  const earlier = useDocument(useShallow((s) => s.graphAnalysis.model.stages.slice(0, index).map(stageLabel)));
  if (earlier.length === 0) return null;
  const pick = (kind: 'copy' | 'base') => (value: string) => {
    if (value === '') return;
    ui.getState().setPending({ kind, from: Number(value), to: index });
  };
  return (
    <div className="stage-details__connect">
      <label className="stage-details__field">
        <span>Copy from</span>
        <select value="" onChange={(event) => pick('copy')(event.target.value)}>
          <option value="">choose a stage…</option>
          {earlier.map((label, i) => (
            <option key={i} value={i}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="stage-details__field">
        <span>Start FROM</span>
        <select value="" onChange={(event) => pick('base')(event.target.value)}>
          <option value="">choose a stage…</option>
          {earlier.map((label, i) => (
            <option key={i} value={i}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
