import { useCanvasUi } from './canvas-ui-context.ts';
import { StageMenu, type StageMenuItem } from './StageMenu.tsx';
import type { StageActions } from './use-stage-actions.ts';

/** Props of {@link StageNodeControls}. */
export interface StageNodeControlsProps {
  readonly index: number;
  readonly label: string;
  readonly isTarget: boolean;
  readonly actions: StageActions;
}

/** The header buttons of a stage node: expand/collapse its details, and its "⋯" menu. */
export function StageNodeControls({ index, label, isTarget, actions }: StageNodeControlsProps) {
  const expanded = useCanvasUi((s) => s.expanded.includes(index));
  const notify = useCanvasUi((s) => s.notify);
  const report = (outcome: { readonly ok: boolean; readonly reason?: string }) => {
    if (!outcome.ok && outcome.reason !== undefined) notify(outcome.reason);
  };
  const items: StageMenuItem[] = [
    { label: 'Rename', run: actions.rename },
    { label: 'Duplicate', run: () => report(actions.duplicate()) },
    { label: 'Delete', run: () => actions.askDelete(false) },
    { label: 'Delete with dependents', run: () => actions.askDelete(true) },
    { label: 'Move up', run: () => report(actions.move(-1)), disabled: index === 0 },
    { label: 'Move down', run: () => report(actions.move(1)) },
    { label: 'Set as target', run: actions.setTarget, disabled: isTarget },
  ];
  return (
    <span className="stage-node__controls">
      <button
        type="button"
        className="stage-node__icon-button nodrag"
        aria-label={`Details of ${label}`}
        aria-expanded={expanded}
        aria-keyshortcuts="Enter"
        title={expanded ? 'Hide details (Esc on the node)' : 'Show details: base, platform, instructions (Enter on the node)'}
        // One Tab stop per node: the node itself, whose Enter opens the details.
        tabIndex={-1}
        onClick={(event) => {
          event.stopPropagation();
          actions.toggleExpanded();
        }}
      >
        {expanded ? '▾' : '▸'}
      </button>
      <StageMenu index={index} label={label} items={items} />
    </span>
  );
}
