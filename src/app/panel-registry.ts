import type { ComponentType } from 'react';
import { BuildCommandsPanel } from '../panels/BuildCommandsPanel.tsx';
import { BuildPlanPanel } from '../panels/BuildPlanPanel.tsx';
import { InspectorPanel } from '../panels/InspectorPanel.tsx';
import { LintSettingsPanel } from '../panels/LintSettingsPanel.tsx';
import { ProblemsPanel } from '../panels/ProblemsPanel.tsx';

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
export const PANELS: readonly PanelDefinition[] = [
  { id: 'problems', label: 'Problems', Component: ProblemsPanel },
  { id: 'build-plan', label: 'Build plan', Component: BuildPlanPanel },
  { id: 'inspector', label: 'Inspector', Component: InspectorPanel },
  { id: 'build-commands', label: 'Build commands', Component: BuildCommandsPanel },
  { id: 'lint-settings', label: 'Lint settings', Component: LintSettingsPanel },
];
