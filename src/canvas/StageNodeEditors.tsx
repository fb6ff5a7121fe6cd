import { useShallow } from 'zustand/react/shallow';
import { useDocument } from '../store/document-context.ts';
import { BaseConnectConfirm } from './BaseConnectConfirm.tsx';
import { useCanvasUi } from './canvas-ui-context.ts';
import { CopyConnectForm } from './CopyConnectForm.tsx';
import { StageExplanationView } from '../panels/StageExplanationView.tsx';
import { StageDetails } from './StageDetails.tsx';
import { stageLabel } from './stage-node-data.ts';
import type { StageActions } from './use-stage-actions.ts';

/** Props of {@link StageNodeEditors}. */
export interface StageNodeEditorsProps {
  readonly index: number;
  readonly label: string;
  readonly isTarget: boolean;
  readonly actions: StageActions;
}

/**
 * What opens inside a stage node: the prompt of a connection dropped on it, and its
 * expanded view. Renders nothing for a node with neither, which is nearly every node.
 */
export function StageNodeEditors({ index, label, isTarget, actions }: StageNodeEditorsProps) {
  const pending = useCanvasUi(useShallow((s) => (s.pending?.to === index ? s.pending : null)));
  const expanded = useCanvasUi((s) => s.expanded.includes(index));
  const fromLabel = useDocument((s) => {
    const from = pending === null ? undefined : s.graphAnalysis.model.stages[pending.from];
    return from === undefined ? '' : stageLabel(from);
  });
  return (
    <>
      {pending?.kind === 'copy' ? <CopyConnectForm key={`${pending.from}`} pending={pending} fromLabel={fromLabel} /> : null}
      {pending?.kind === 'base' ? <BaseConnectConfirm pending={pending} fromLabel={fromLabel} toLabel={label} /> : null}
      {expanded ? <StageDetails index={index} isTarget={isTarget} actions={actions} /> : null}
      {expanded ? <StageExplanationView index={index} /> : null}
    </>
  );
}
