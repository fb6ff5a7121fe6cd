import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ImageFlowNode } from './flow-types.ts';

/**
 * An external image (or named build context) that a stage copies from or mounts. It is only
 * ever a source, so it has no target handle.
 */
export const ImageNode = memo(function ImageNode({ data }: NodeProps<ImageFlowNode>) {
  return (
    <div className={data.reachable ? 'image-node' : 'image-node is-dim'} data-image={data.ref} data-reachable={String(data.reachable)}>
      <span className="image-node__icon" aria-hidden="true">
        ◫
      </span>
      <span className="image-node__ref" title={`image ${data.ref}`}>
        {data.ref}
      </span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});
