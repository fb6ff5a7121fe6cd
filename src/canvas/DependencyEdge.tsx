import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, type MouseEvent } from 'react';
import { useDocument } from '../store/document-context.ts';
import { useCanvasUi, useCanvasUiStore } from './canvas-ui-context.ts';
import type { CanvasEdge } from './flow-types.ts';
import { useEdgeRemoval } from './use-edge-removal.ts';

/** Props of {@link DependencyEdge}: React Flow's, plus what removing it needs. */
export type DependencyEdgeProps = EdgeProps<CanvasEdge>;

const REMOVE_RADIUS = 8;

/**
 * A dependency edge: a bezier with its label, as React Flow's default edge draws it, plus
 * a × button while the edge is hovered or selected. The button is SVG inside the edge's own
 * group, so moving the pointer onto it does not leave the edge (and hide it).
 */
export const DependencyEdge = memo(function DependencyEdge(props: DependencyEdgeProps) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, label, markerEnd, interactionWidth } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const edgeIndex = data?.edgeIndex ?? -1;
  const hovered = useDocument((s) => s.hoveredEdge === edgeIndex);
  const selected = useCanvasUi((s) => s.selectedEdge === edgeIndex);
  const askRemove = useEdgeRemoval(useCanvasUiStore());
  // The button sits below a label, on the curve's middle when there is none.
  const buttonY = labelY + (label === undefined ? 0 : 18);
  const onRemove = (event: MouseEvent) => {
    event.stopPropagation();
    askRemove(edgeIndex);
  };
  return (
    <>
      <BaseEdge
        path={path}
        labelX={labelX}
        labelY={labelY}
        label={label}
        markerEnd={markerEnd}
        interactionWidth={interactionWidth}
        className={selected ? 'is-selected' : undefined}
      />
      {hovered || selected ? (
        <g
          className="edge-remove nodrag nopan"
          transform={`translate(${labelX}, ${buttonY})`}
          role="button"
          aria-label="Remove edge"
          onClick={onRemove}
        >
          <title>Remove this dependency (Delete)</title>
          <circle r={REMOVE_RADIUS} />
          <path d="M -3 -3 L 3 3 M 3 -3 L -3 3" />
        </g>
      ) : null}
    </>
  );
});
