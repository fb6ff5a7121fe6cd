import { useState } from 'react';
import { deleteStage, describeDeletion } from '../dockerfile/edits/delete-stage.ts';
import { useDocumentStore } from '../store/document-context.ts';
import { CanvasDialog } from './CanvasDialog.tsx';
import { useCanvasUiStore } from './canvas-ui-context.ts';
import { deletionSummary } from './deletion-summary.ts';
import { stageLabel } from './stage-node-data.ts';
import { useCanvasIntent } from './use-canvas-intent.ts';

/** Props of {@link DeleteStagesDialog}. */
export interface DeleteStagesDialogProps {
  readonly stages: readonly number[];
  /** Which answer takes focus first. */
  readonly withDependents: boolean;
  readonly onClose: () => void;
}

/**
 * Confirms deleting one or more stages, saying what will change (`describeDeletion`):
 * "Delete" removes their lines and leaves references to them flagged; "Delete with
 * dependents" removes those references too. Either is one undo step.
 */
export function DeleteStagesDialog({ stages, withDependents, onClose }: DeleteStagesDialogProps) {
  const store = useDocumentStore();
  const ui = useCanvasUiStore();
  const run = useCanvasIntent();
  const [summary] = useState(() => {
    const analysis = store.getState().analysis;
    const label = (index: number) => {
      const stage = analysis.model.stages[index];
      return stage === undefined ? `#${index}` : stageLabel(stage);
    };
    return deletionSummary(describeDeletion(analysis, stages), stages.map(label), label);
  });
  const [error, setError] = useState<string | null>(null);
  const title = stages.length === 1 ? 'Delete stage?' : `Delete ${stages.length} stages?`;
  const remove = (dependents: boolean) => {
    const outcome = run((analysis) => deleteStage(analysis, { stages, withDependents: dependents }));
    if (!outcome.ok) {
      setError(outcome.reason);
      return;
    }
    // Indexes after the deleted stages shift: per-stage view state no longer fits.
    ui.getState().resetStages();
    onClose();
  };
  return (
    <CanvasDialog title={title} onCancel={onClose}>
      <p className="canvas-dialog__text">{summary.headline}</p>
      {summary.references.length === 0 ? null : (
        <ul className="canvas-dialog__list" aria-label="References to the deleted stages">
          {summary.references.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {summary.note === null ? null : <p className="canvas-dialog__text">{summary.note}</p>}
      {error === null ? null : (
        <p className="canvas-refusal" role="alert">
          {error}
        </p>
      )}
      <div className="canvas-dialog__buttons">
        <button type="button" className="is-danger" data-initial={withDependents ? undefined : ''} onClick={() => remove(false)}>
          Delete
        </button>
        <button type="button" className="is-danger" data-initial={withDependents ? '' : undefined} onClick={() => remove(true)}>
          Delete with dependents
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </CanvasDialog>
  );
}
