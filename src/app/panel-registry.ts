import type { ComponentType } from 'react';

/** A panel of the bottom dock: a tab and the region it shows. */
export interface PanelDefinition {
  /** Stable id, also used in `data-panel`. */
  readonly id: string;
  /** Tab text and the region's accessible name ("Problems"). */
  readonly label: string;
  readonly Component: ComponentType;
}

/**
 * The dock's panels, in tab order. Each feature adds its panel here with one line; the
 * components live in `src/panels/`.
 */
export const PANELS: readonly PanelDefinition[] = [];
