import { Panel } from '@xyflow/react';
import { useEffect } from 'react';
import { useCanvasUi } from './canvas-ui-context.ts';

/** How long a refusal stays up unless dismissed. */
const NOTICE_MS = 8000;

/**
 * The last refusal of a canvas gesture that has no form of its own to show it in (a drop on
 * the wrong input, a menu action). Announced to screen readers; Dismiss or time hides it.
 */
export function CanvasNotice() {
  const notice = useCanvasUi((s) => s.notice);
  const notify = useCanvasUi((s) => s.notify);
  useEffect(() => {
    if (notice === null) return;
    const timer = window.setTimeout(() => notify(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, notify]);
  return (
    <Panel position="bottom-center">
      <div className="canvas-notice-region" role="status" aria-live="polite" aria-label="Canvas messages">
        {notice === null ? null : (
          <div className="canvas-notice canvas-refusal">
            <span>{notice.message}</span>
            <button type="button" className="stage-node__icon-button" aria-label="Dismiss" onClick={() => notify(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </Panel>
  );
}
