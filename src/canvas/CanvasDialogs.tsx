import { removeEdge } from '../dockerfile/edits/remove-edge.ts';
import { useCanvasUi } from './canvas-ui-context.ts';
import { DeleteStagesDialog } from './DeleteStagesDialog.tsx';
import { RemoveEdgeDialog } from './RemoveEdgeDialog.tsx';
import { useCanvasIntent } from './use-canvas-intent.ts';

/** Whichever canvas dialog is open, if any. Closing one gives focus back to the canvas. */
export function CanvasDialogs() {
  const dialog = useCanvasUi((s) => s.dialog);
  const openDialog = useCanvasUi((s) => s.openDialog);
  const run = useCanvasIntent();
  if (dialog === null) return null;
  const close = () => {
    openDialog(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.canvas-pane .react-flow')?.focus());
  };
  if (dialog.kind === 'deleteStages') {
    return <DeleteStagesDialog key={dialog.stages.join(',')} stages={dialog.stages} withDependents={dialog.withDependents} onClose={close} />;
  }
  const edge = dialog.edge;
  return <RemoveEdgeDialog message={dialog.message} command={(analysis) => removeEdge(analysis, { edge })} run={run} onClose={close} />;
}
