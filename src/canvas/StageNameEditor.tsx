import { useState, type KeyboardEvent } from 'react';
import { renameStage } from '../dockerfile/edits/rename-stage.ts';
import { useCanvasUi, useCanvasUiStore } from './canvas-ui-context.ts';
import { focusStageNode } from './focus-stage-node.ts';
import { useCanvasIntent } from './use-canvas-intent.ts';

/** Props of {@link StageNameEditor}. */
export interface StageNameEditorProps {
  readonly index: number;
  /** The name as written, or `#index`. */
  readonly label: string;
  /** The lowercased name, or `''` for a stage with none. */
  readonly name: string;
}

/**
 * The stage's name in its node's header. Double-click (or F2 on the node, or the menu's
 * Rename) turns it into an input: Enter renames through `renameStage`, Escape cancels. A
 * refusal (invalid, reserved, taken) shows under the input, which stays open.
 */
export function StageNameEditor({ index, label, name }: StageNameEditorProps) {
  const ui = useCanvasUiStore();
  const editing = useCanvasUi((s) => s.renaming === index);
  if (!editing) {
    return (
      <span
        className="stage-node__name"
        title={`${label} (double-click or F2 to rename)`}
        onDoubleClick={(event) => {
          event.stopPropagation();
          ui.getState().startRename(index);
        }}
      >
        {label}
      </span>
    );
  }
  return <NameInput index={index} initial={name === '' ? '' : label} />;
}

function NameInput({ index, initial }: { readonly index: number; readonly initial: string }) {
  const ui = useCanvasUiStore();
  const run = useCanvasIntent();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    ui.getState().startRename(null);
    focusStageNode(index);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (value.trim() === initial) {
        close();
        return;
      }
      const outcome = run((analysis) => renameStage(analysis, { stage: index, name: value.trim() }));
      if (outcome.ok) close();
      else setError(outcome.reason);
    }
  };
  const errorId = `stage-${index}-rename-error`;
  return (
    <span className="stage-node__rename">
      <input
        className="stage-node__name-input nodrag nokey"
        aria-label="Stage name"
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : errorId}
        value={value}
        autoFocus
        spellCheck={false}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => ui.getState().startRename(null)}
      />
      {error === null ? null : (
        <span id={errorId} className="canvas-refusal" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
