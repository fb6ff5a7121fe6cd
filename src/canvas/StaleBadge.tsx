import { Panel } from '@xyflow/react';

/**
 * Says that the canvas is paused while the text has errors. The canvas keeps the last whole
 * graph instead of blanking, so a half-typed line does not make the picture jump.
 */
export function StaleBadge({ stale }: { readonly stale: boolean }) {
  if (!stale) return null;
  return (
    <Panel position="top-left">
      <span className="canvas-stale" title="The canvas shows the last graph that parsed. Fix the errors in the text to update it.">
        paused: the text has errors
      </span>
    </Panel>
  );
}
