import { Panel } from '@xyflow/react';

const STYLES = [
  { kind: 'from', text: 'FROM — solid' },
  { kind: 'copy', text: 'COPY — dashed' },
  { kind: 'mount', text: 'mount — dotted' },
] as const;

/** What the three edge styles mean, drawn with the same strokes as the edges. */
export function CanvasLegend() {
  return (
    <Panel position="top-right">
      <ul className="canvas-legend" aria-label="Edge styles">
        {STYLES.map(({ kind, text }) => (
          <li key={kind}>
            <svg width="28" height="8" aria-hidden="true">
              <line className={`canvas-legend__line edge-${kind}`} x1="1" y1="4" x2="27" y2="4" />
            </svg>
            {text}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
