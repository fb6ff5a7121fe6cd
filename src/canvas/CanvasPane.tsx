import '@xyflow/react/dist/style.css';
import './canvas.css';
import { Background, Controls, MiniMap, Panel, ReactFlow, type EdgeMouseHandler, type NodeMouseHandler, type NodeTypes } from '@xyflow/react';
import { useCallback, type KeyboardEvent } from 'react';
import { useDocument, useDocumentStore } from '../store/document-context.ts';
import { CanvasLegend } from './CanvasLegend.tsx';
import { FitViewOnGrowth } from './FitViewOnGrowth.tsx';
import type { CanvasEdge, CanvasNode } from './flow-types.ts';
import { ImageNode } from './ImageNode.tsx';
import { edgeRevealRange, imageRevealRange } from './reveal-ranges.ts';
import { StageNode } from './StageNode.tsx';
import { StaleBadge } from './StaleBadge.tsx';
import { useCanvasFlow } from './use-canvas-flow.ts';

// Module constants: a new object on each render would make React Flow remount every node.
const NODE_TYPES: NodeTypes = { stage: StageNode, image: ImageNode };
const FIT_PADDING = 0.15;
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1.25 };

function miniMapClass(node: CanvasNode): string {
  return `minimap-${node.type}${node.data.reachable ? '' : ' is-dim'}`;
}

/**
 * The stage graph. It draws `graphAnalysis` (the last analysis whose graph was whole), shows
 * the store's selection, and turns gestures into store calls: click selects a stage and
 * shows it in the editor, a finished drag saves a position, hovering an edge marks it.
 */
export function CanvasPane() {
  const store = useDocumentStore();
  const stale = useDocument((s) => s.stale);
  const { description, nodes, edges, onNodesChange, layoutSettled } = useCanvasFlow();
  const stageCount = useDocument((s) => s.graphAnalysis.model.stages.length);

  const onNodeClick: NodeMouseHandler<CanvasNode> = useCallback(
    (_event, node) => {
      const state = store.getState();
      if (node.type === 'stage') state.selectStage(node.data.index, { reveal: true });
      else if (!state.stale) {
        // While stale, the drawn graph's offsets belong to an older text.
        const range = imageRevealRange(state.graphAnalysis.model, node.data.ref);
        if (range !== null) state.revealRange(range.from, range.to);
      }
    },
    [store],
  );

  const onEdgeClick: EdgeMouseHandler<CanvasEdge> = useCallback(
    (_event, edge) => {
      const state = store.getState();
      if (state.stale || edge.data === undefined) return;
      const range = edgeRevealRange(state.graphAnalysis.model, edge.data.edgeIndex);
      if (range !== null) state.revealRange(range.from, range.to);
    },
    [store],
  );

  const onEdgeMouseEnter: EdgeMouseHandler<CanvasEdge> = useCallback(
    (_event, edge) => store.getState().hoverEdge(edge.data?.edgeIndex ?? null),
    [store],
  );
  const onEdgeMouseLeave: EdgeMouseHandler<CanvasEdge> = useCallback(() => store.getState().hoverEdge(null), [store]);
  const onPaneClick = useCallback(() => store.getState().selectStage(null), [store]);

  // React Flow turns Enter on a focused node into its own selection, which the canvas does
  // not use; the store's selection is set here instead, as a click would.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== 'Escape') return;
      const element = (event.target as Element).closest('.react-flow__node');
      if (element === null) return;
      const node = nodes.find((n) => n.id === element.getAttribute('data-id'));
      if (node === undefined) return;
      const state = store.getState();
      if (event.key === 'Escape') state.selectStage(null);
      else if (node.type === 'stage') state.selectStage(node.data.index, { reveal: true });
    },
    [nodes, store],
  );

  return (
    <div className="canvas-pane">
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onEdgeMouseEnter={onEdgeMouseEnter}
        onEdgeMouseLeave={onEdgeMouseLeave}
        onPaneClick={onPaneClick}
        onKeyDown={onKeyDown}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.02}
        colorMode="system"
        nodesFocusable
        edgesFocusable={false}
        nodesConnectable={false}
        selectNodesOnDrag={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        aria-label="Stage graph"
      >
        <Background gap={20} size={1} />
        <MiniMap<CanvasNode> pannable zoomable nodeClassName={miniMapClass} ariaLabel="Stage graph overview" />
        <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
        <CanvasLegend />
        <StaleBadge stale={stale} />
        {description.nodes.length === 0 ? (
          <Panel position="top-center">
            <p className="canvas-empty">No stages yet. A FROM line starts one.</p>
          </Panel>
        ) : null}
        <FitViewOnGrowth stageCount={stageCount} settled={layoutSettled} padding={FIT_PADDING} />
      </ReactFlow>
    </div>
  );
}
