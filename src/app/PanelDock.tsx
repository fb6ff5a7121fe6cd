import { useState } from 'react';
import { PANELS } from './panel-registry.ts';

/**
 * The bottom dock: one tab per panel, one panel shown. The open tab is remembered for the
 * session; collapsing hides the panel body and gives the canvas the room.
 */
export function PanelDock() {
  const [open, setOpen] = useState<string | null>(PANELS[0]?.id ?? null);
  if (PANELS.length === 0) return null;
  const current = PANELS.find((p) => p.id === open) ?? null;
  return (
    <section className={`dock${current === null ? ' dock-collapsed' : ''}`} aria-label="Panels">
      <div className="dock-tabs" role="tablist" aria-label="Panels">
        {PANELS.map((panel) => (
          <button
            key={panel.id}
            type="button"
            role="tab"
            id={`tab-${panel.id}`}
            aria-selected={panel.id === open}
            aria-controls={`panel-${panel.id}`}
            onClick={() => setOpen(panel.id === open ? null : panel.id)}
          >
            {panel.label}
          </button>
        ))}
      </div>
      {current === null ? null : (
        <div
          className="dock-body"
          role="region"
          id={`panel-${current.id}`}
          aria-label={current.label}
          data-panel={current.id}
        >
          <current.Component />
        </div>
      )}
    </section>
  );
}
