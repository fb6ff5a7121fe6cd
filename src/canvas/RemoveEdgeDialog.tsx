import { useState } from 'react';
import { CanvasDialog } from './CanvasDialog.tsx';
import type { CanvasCommand, IntentOutcome } from './use-canvas-intent.ts';

/** Props of {@link RemoveEdgeDialog}. */
export interface RemoveEdgeDialogProps {
  /** What will change, in words. */
  readonly message: string;
  readonly command: CanvasCommand;
  readonly run: (command: CanvasCommand) => IntentOutcome;
  readonly onClose: () => void;
}

/** Confirms removing a FROM edge, which rewrites the stage's FROM line. */
export function RemoveEdgeDialog({ message, command, run, onClose }: RemoveEdgeDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    const outcome = run(command);
    if (outcome.ok) onClose();
    else setError(outcome.reason);
  };
  return (
    <CanvasDialog title="Change the FROM line?" onCancel={onClose}>
      <p className="canvas-dialog__text">{message}</p>
      {error === null ? null : (
        <p className="canvas-refusal" role="alert">
          {error}
        </p>
      )}
      <div className="canvas-dialog__buttons">
        <button type="button" className="is-danger" data-initial="" onClick={confirm}>
          Remove
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </CanvasDialog>
  );
}
