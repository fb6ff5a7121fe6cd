import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { connectCopy, defaultCopyPaths } from '../dockerfile/edits/connect-copy.ts';
import { useDocumentStore } from '../store/document-context.ts';
import { useCanvasUiStore } from './canvas-ui-context.ts';
import type { PendingConnection } from './canvas-ui-store.ts';
import { focusStageNode } from './focus-stage-node.ts';
import { useCanvasIntent } from './use-canvas-intent.ts';

/** Props of {@link CopyConnectForm}. */
export interface CopyConnectFormProps {
  readonly pending: PendingConnection;
  /** The label of the stage copied from. */
  readonly fromLabel: string;
}

/**
 * The form a copy connection opens on its target stage: source and destination paths,
 * prefilled with `defaultCopyPaths`. Enter adds the `COPY --from`, Escape cancels.
 */
export function CopyConnectForm({ pending, fromLabel }: CopyConnectFormProps) {
  const store = useDocumentStore();
  const ui = useCanvasUiStore();
  const run = useCanvasIntent();
  const [defaults] = useState(() => defaultCopyPaths(store.getState().analysis, pending.from, pending.to));
  const [source, setSource] = useState(defaults.source);
  const [destination, setDestination] = useState(defaults.destination);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    ui.getState().setPending(null);
    focusStageNode(pending.to);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const outcome = run((analysis) =>
      connectCopy(analysis, { from: pending.from, to: pending.to, source: source.trim(), destination: destination.trim() }),
    );
    if (outcome.ok) close();
    else setError(outcome.reason);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <form className="connect-form nodrag nokey" aria-label={`Copy from ${fromLabel}`} onSubmit={onSubmit} onKeyDown={onKeyDown}>
      <div className="connect-form__title">COPY --from={fromLabel}</div>
      <label className="stage-details__field">
        <span>Source</span>
        <input value={source} autoFocus spellCheck={false} onChange={(event) => setSource(event.target.value)} />
      </label>
      <label className="stage-details__field">
        <span>Destination</span>
        <input value={destination} spellCheck={false} onChange={(event) => setDestination(event.target.value)} />
      </label>
      {error === null ? null : (
        <p className="canvas-refusal" role="alert">
          {error}
        </p>
      )}
      <div className="stage-details__actions">
        <button type="submit">Add COPY</button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
