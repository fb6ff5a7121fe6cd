import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDocument } from '../store/document-context.ts';
import { shouldRefit } from './should-refit.ts';

interface Props {
  readonly stageCount: number;
  /** Whether the layout covers the current graph; a fit before that would frame stale places. */
  readonly settled: boolean;
  /** The same options as the first fit, so a refit frames and caps the zoom alike. */
  readonly options: FitViewOptions;
}

/**
 * Fits the view when another document was loaded (Open, Examples, New, a share link: the old
 * pan and zoom belong to another graph), or the stage count changed a lot (a big paste).
 */
export function FitViewOnGrowth({ stageCount, settled, options }: Props) {
  const { fitView } = useReactFlow();
  const loaded = useDocument((s) => (s.lastChange?.origin === 'load' ? s.lastChange.seq : null));
  // The first fit is ReactFlow's `fitView` prop; this counts from the graph it fitted.
  const fitted = useRef(stageCount);
  const fittedLoad = useRef(loaded);
  useEffect(() => {
    if (!settled) return;
    const newDocument = loaded !== null && loaded !== fittedLoad.current;
    if (!newDocument && !shouldRefit(fitted.current, stageCount)) return;
    fitted.current = stageCount;
    fittedLoad.current = loaded ?? fittedLoad.current;
    // React Flow queues the fit until the new nodes are measured.
    void fitView({ ...options, duration: 200 });
  }, [fitView, loaded, options, settled, stageCount]);
  return null;
}
