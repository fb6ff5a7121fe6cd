import { Handle, Position } from '@xyflow/react';
import { OUTPUT_HANDLE_ID } from './connection-refusal.ts';

/**
 * A stage node's two inputs, on its left: drop an output on "copy" to add a
 * `COPY --from`, on "base" to make the stage start FROM the other one.
 */
export function StageInputHandles() {
  return (
    <>
      <Handle
        type="target"
        id="copy"
        position={Position.Left}
        className="stage-handle stage-handle--copy"
        data-handle-kind="copy"
        title="Copy input: drop another stage's output here to COPY --from it"
      >
        <span className="stage-handle__label" aria-hidden="true">
          copy
        </span>
      </Handle>
      <Handle
        type="target"
        id="base"
        position={Position.Left}
        className="stage-handle stage-handle--base"
        data-handle-kind="base"
        title="Base input: drop another stage's output here to start FROM it"
      >
        <span className="stage-handle__label" aria-hidden="true">
          base
        </span>
      </Handle>
    </>
  );
}

/** A stage node's output, on its right: drag it onto another stage's input. */
export function StageOutputHandle() {
  return (
    <Handle
      type="source"
      id={OUTPUT_HANDLE_ID}
      position={Position.Right}
      className="stage-handle stage-handle--output"
      data-handle-kind="output"
      title="Output: drag onto a later stage's copy or base input"
    />
  );
}
