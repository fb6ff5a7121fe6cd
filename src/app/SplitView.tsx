import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

interface Props {
  readonly left: ReactNode;
  readonly right: ReactNode;
}

const MIN = 0.2;
const MAX = 0.8;
const STEP = 0.05;

function clamp(value: number): number {
  return Math.min(MAX, Math.max(MIN, value));
}

/** Two panes side by side with a draggable (and keyboard-movable) divider. */
export function SplitView({ left, right }: Props) {
  const [ratio, setRatio] = useState(0.42);
  const container = useRef<HTMLDivElement>(null);

  const onPointerDown = useCallback((event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
  }, []);

  const onPointerMove = useCallback((event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId) || container.current === null) return;
    const box = container.current.getBoundingClientRect();
    setRatio(clamp((event.clientX - box.left) / box.width));
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowLeft') setRatio((r) => clamp(r - STEP));
    else if (event.key === 'ArrowRight') setRatio((r) => clamp(r + STEP));
    else return;
    event.preventDefault();
  }, []);

  return (
    <div className="split" ref={container} style={{ gridTemplateColumns: `${ratio * 100}% 6px 1fr` }}>
      <div className="split-pane">{left}</div>
      <div
        className="split-divider"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the editor and the canvas"
        aria-valuemin={MIN * 100}
        aria-valuemax={MAX * 100}
        aria-valuenow={Math.round(ratio * 100)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane">{right}</div>
    </div>
  );
}
