import { useState, type KeyboardEvent } from 'react';
import { setBaseStage } from '../dockerfile/edits/set-base-stage.ts';
import { useCanvasUiStore } from './canvas-ui-context.ts';
import type { PendingConnection } from './canvas-ui-store.ts';
import { focusStageNode } from './focus-stage-node.ts';
import { useCanvasIntent } from './use-canvas-intent.ts';

/** Props of {@link BaseConnectConfirm}. */
export interface BaseConnectConfirmProps {
  readonly pending: PendingConnection;
  readonly fromLabel: string;
  readonly toLabel: string;
}

/**
 * The question a base connection asks on its target stage before replacing its FROM:
 * "Make B start FROM a?". Enter (or the button) confirms, Escape cancels.
 */
export function BaseConnectConfirm({ pending, fromLabel, toLabel }: BaseConnectConfirmProps) {
  const ui = useCanvasUiStore();
  const run = useCanvasIntent();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    ui.getState().setPending(null);
    focusStageNode(pending.to);
  };
  const confirm = () => {
    const outcome = run((analysis) => setBaseStage(analysis, { stage: pending.to, base: pending.from }));
    if (outcome.ok) close();
    else setError(outcome.reason);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  return (
    <div className="connect-form nodrag nokey" role="group" aria-label="Change base" onKeyDown={onKeyDown}>
      <p className="connect-form__title">
        Make {toLabel} start FROM {fromLabel}?
      </p>
      {error === null ? null : (
        <p className="canvas-refusal" role="alert">
          {error}
        </p>
      )}
      <div className="stage-details__actions">
        <button type="button" autoFocus onClick={confirm}>
          Make it so
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
