import { useState } from 'react';
import { PANELS } from './panel-registry.ts';

/**
 * The bottom dock: one tab per panel, one panel shown. A tab always opens its panel (as in
 * most editors); the Hide/Show button collapses the dock to give the canvas the room.
 */
export function PanelDock() {
  const [selected, setSelected] = useState<string | null>(PANELS[0]?.id ?? null);
  const [collapsed, setCollapsed] = useState(false);
  if (PANELS.length === 0) return null;
  const open = collapsed ? null : selected;
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
            onClick={() => {
              setSelected(panel.id);
              setCollapsed(false);
            }}
          >
            {panel.label}
          </button>
        ))}
        <span className="dock-spacer" />
        <button type="button" className="dock-toggle" aria-expanded={!collapsed} onClick={() => setCollapsed((c) => !c)}>
          {collapsed ? 'Show panels' : 'Hide panels'}
        </button>
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
