import { useMemo } from 'react';
import { rebuildSet } from '../dockerfile/teach/rebuild-set.ts';
import { walkthrough } from '../dockerfile/teach/walkthrough.ts';
import { useDocument } from '../store/document-context.ts';

/** What the teaching views mark on the canvas. */
export interface TeachHighlights {
  /** Stages building in the walkthrough's current step; `undefined` when not walking through. */
  readonly building: ReadonlySet<number> | undefined;
  /** Edges (indexes into `model.edges`) that feed the current step's stages. */
  readonly feeding: ReadonlySet<number> | undefined;
  /** Stages a change at the editor's cursor would rebuild; `undefined` when the cursor is on none. */
  readonly rebuild: ReadonlySet<number> | undefined;
}

/**
 * The walkthrough step and the cache story, as sets of stage and edge indexes of the drawn
 * analysis. The rebuild set needs the cursor's offset to belong to the drawn text, so it is
 * left out while the canvas shows an older graph (`stale`).
 */
export function useTeachHighlights(): TeachHighlights {
  const analysis = useDocument((s) => s.graphAnalysis);
  const stale = useDocument((s) => s.stale);
  const cursor = useDocument((s) => s.cursor);
  const step = useDocument((s) => s.walkthroughStep);
  // The walkthrough is only worked out while one is shown: typing must not pay for it.
  const walking = step !== null;
  const steps = useMemo(() => (walking ? walkthrough(analysis) : []), [analysis, walking]);
  const current = step === null ? undefined : steps[Math.min(step, steps.length - 1)];
  const building = useMemo(() => (current === undefined ? undefined : new Set(current.stages)), [current]);
  const feeding = useMemo(() => (current === undefined ? undefined : new Set(current.edges)), [current]);
  // Keyed by content: moving the cursor within a stage must not hand the canvas a new set.
  const rebuildKey = useMemo(() => {
    if (stale || cursor === null) return null;
    return rebuildSet(analysis, cursor)?.stages.join(',') ?? null;
  }, [analysis, cursor, stale]);
  const rebuild = useMemo(
    () => (rebuildKey === null ? undefined : new Set(rebuildKey === '' ? [] : rebuildKey.split(',').map(Number))),
    [rebuildKey],
  );
  return { building, feeding, rebuild };
}
