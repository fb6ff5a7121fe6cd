import { useShallow } from 'zustand/react/shallow';
import { useDocument } from '../store/document-context.ts';
import { useCanvasUiStore } from './canvas-ui-context.ts';
import { EarlierStageSelect } from './EarlierStageSelect.tsx';
import { stageLabel } from './stage-node-data.ts';

/**
 * The keyboard's way to draw a connection into stage `index`: pick an earlier stage to copy
 * from or to start FROM, and the same form or question as a dragged connection opens.
 */
export function StageConnectPicker({ index }: { readonly index: number }) {
  const ui = useCanvasUiStore();
  const earlier = useDocument(useShallow((s) => s.graphAnalysis.model.stages.slice(0, index).map(stageLabel)));
  if (earlier.length === 0) return null;
  const pick = (kind: 'copy' | 'base') => (from: number) => ui.getState().setPending({ kind, from, to: index });
  return (
    <div className="stage-details__connect">
      <EarlierStageSelect label="Copy from" stages={earlier} onPick={pick('copy')} />
      <EarlierStageSelect label="Start FROM" stages={earlier} onPick={pick('base')} />
    </div>
  );
}
