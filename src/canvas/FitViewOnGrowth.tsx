import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { shouldRefit } from './should-refit.ts';

interface Props {
  readonly stageCount: number;
  /** Whether the layout covers the current graph; a fit before that would frame stale places. */
  readonly settled: boolean;
  readonly padding: number;
}

/** Fits the view after the stage count changed a lot (another file, a big paste). */
export function FitViewOnGrowth({ stageCount, settled, padding }: Props) {
  const { fitView } = useReactFlow();
  // The first fit is ReactFlow's `fitView` prop; this counts from the graph it fitted.
  const fitted = useRef(stageCount);
  useEffect(() => {
    if (!settled || !shouldRefit(fitted.current, stageCount)) return;
    fitted.current = stageCount;
    // React Flow queues the fit until the new nodes are measured.
    void fitView({ padding, duration: 200 });
  }, [fitView, padding, settled, stageCount]);
  return null;
}
