import '@xyflow/react/dist/style.css';
import './canvas.css';
import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  type EdgeMouseHandler,
  type EdgeTypes,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
  type FitViewOptions,
} from '@xyflow/react';
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useDocument, useDocumentStore } from '../store/document-context.ts';
import { CanvasDialogs } from './CanvasDialogs.tsx';
import { CanvasLegend } from './CanvasLegend.tsx';
import { CanvasNotice } from './CanvasNotice.tsx';
import { CanvasUiContext } from './canvas-ui-context.ts';
import { createCanvasUiStore } from './canvas-ui-store.ts';
import { DependencyEdge } from './DependencyEdge.tsx';
import { FitViewOnGrowth } from './FitViewOnGrowth.tsx';
import type { CanvasEdge, CanvasNode } from './flow-types.ts';
import { ImageNode } from './ImageNode.tsx';
import { edgeRevealRange, imageRevealRange } from './reveal-ranges.ts';
import { StageNode } from './StageNode.tsx';
import { StagePalette } from './StagePalette.tsx';
import { StaleBadge } from './StaleBadge.tsx';
import { useCanvasEditing } from './use-canvas-editing.ts';
import { useCanvasFlow } from './use-canvas-flow.ts';

// Module constants: a new object on each render would make React Flow remount every node.
const NODE_TYPES: NodeTypes = { stage: StageNode, image: ImageNode };
// The default edge type, drawn with a remove button while hovered or selected.
const EDGE_TYPES: EdgeTypes = { default: DependencyEdge };
/**
 * Room around the fitted graph. The bottom keeps clear of the minimap and the zoom controls
 * (both in bottom corners, MINIMAP_SIZE plus React Flow's 15 px margin), so a fit never puts
 * a node under them; the layout is left to right, so height is rarely what limits the zoom.
 * The sides keep nodes out of the band where React Flow pans the view while a connection is
 * dragged (40 px), which would move a handle away from under the pointer.
 */
const FIT_PADDING: FitViewOptions['padding'] = { top: '64px', left: '64px', right: '64px', bottom: '112px' };
const FIT_VIEW_OPTIONS: FitViewOptions = { padding: FIT_PADDING, maxZoom: 1.25 };
/** A small overview: it only has to show where the view is. */
const MINIMAP_SIZE = { width: 140, height: 88 };

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
  const [ui] = useState(createCanvasUiStore);
  const editing = useCanvasEditing(ui);
  const { filterNodeChanges, onStageClick, onKey } = editing;
  // Per-stage view state is keyed by index: when stages come or go (from either view), the
  // indexes mean other stages, so open forms close. Edge indexes shift on any graph change.
  useEffect(() => ui.getState().resetStages(), [stageCount, ui]);
  useEffect(() => {
    // Most changes find no edge selected: skip the store update and its subscribers then.
    if (ui.getState().selectedEdge !== null) ui.getState().selectEdge(null);
  }, [description, ui]);
  const onFlowNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => onNodesChange(filterNodeChanges(changes)),
    [filterNodeChanges, onNodesChange],
  );

  const onNodeClick: NodeMouseHandler<CanvasNode> = useCallback(
    (event, node) => {
      // A control inside the node (Move up, the menu, a form) does its own work, which may
      // renumber the stages; the click must not then select by the node's old index.
      if ((event.target as Element).closest('button, input, select, textarea, a, [role="menu"]') !== null) return;
      const state = store.getState();
      ui.getState().selectEdge(null);
      if (node.type === 'stage' && onStageClick(event, node.data.index)) return;
      // The editor shows the stage, but the keyboard stays on the node: Delete, F2 and Enter
      // act on what was clicked, as they do for an edge.
      if (node.type === 'stage') state.selectStage(node.data.index, { reveal: true, focusEditor: false });
      else if (!state.stale) {
        // While stale, the drawn graph's offsets belong to an older text.
        const range = imageRevealRange(state.graphAnalysis.model, node.data.ref);
        if (range !== null) state.revealRange(range.from, range.to, { focusEditor: false });
      }
    },
    [onStageClick, store, ui],
  );

  const onEdgeClick: EdgeMouseHandler<CanvasEdge> = useCallback(
    (event, edge) => {
      const state = store.getState();
      if (state.stale || edge.data === undefined) return;
      ui.getState().selectEdge(edge.data.edgeIndex);
      const range = edgeRevealRange(state.graphAnalysis.model, edge.data.edgeIndex);
      if (range !== null) state.revealRange(range.from, range.to, { focusEditor: false });
      // The editor shows the edge's instruction, but the keyboard stays on the edge, so that
      // Delete removes the edge.
      const element = (event.target as Element).closest('.react-flow__edge');
      if (element instanceof SVGElement) element.focus();
    },
    [store, ui],
  );

  const onEdgeMouseEnter: EdgeMouseHandler<CanvasEdge> = useCallback(
    (_event, edge) => store.getState().hoverEdge(edge.data?.edgeIndex ?? null),
    [store],
  );
  const onEdgeMouseLeave: EdgeMouseHandler<CanvasEdge> = useCallback(() => store.getState().hoverEdge(null), [store]);
  const onPaneClick = useCallback(() => {
    store.getState().selectStage(null);
    ui.getState().selectEdge(null);
    ui.getState().openMenu(null);
  }, [store, ui]);

  // The canvas's keys (onKey: Delete, F2, Enter, Shift+F10, Escape on a node) come first;
  // an Escape they leave (a node with nothing open) clears the selection.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (onKey(event, nodes, edges)) {
        event.preventDefault();
        return;
      }
      if (event.key !== 'Escape') return;
      if ((event.target as Element).closest('input, textarea, select, button') !== null) return;
      if ((event.target as Element).closest('.react-flow__node') !== null) store.getState().selectStage(null);
    },
    [edges, nodes, onKey, store],
  );

  return (
    <CanvasUiContext.Provider value={ui}>
      <div className="canvas-pane">
        <StagePalette />
        <div className="canvas-pane__flow">
          <ReactFlow<CanvasNode, CanvasEdge>
            {...editing.flowProps}
            edgeTypes={EDGE_TYPES}
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            onNodesChange={onFlowNodesChange}
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
            edgesFocusable
            nodesConnectable
            selectNodesOnDrag={false}
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={null}
            aria-label="Stage graph"
          >
            <Background gap={20} size={1} />
            <MiniMap<CanvasNode> pannable zoomable nodeClassName={miniMapClass} ariaLabel="Stage graph overview" style={MINIMAP_SIZE} />
            <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
            <CanvasLegend />
            <StaleBadge stale={stale} />
            {description.nodes.length === 0 ? (
              <Panel position="top-center">
                <p className="canvas-empty">No stages yet. A FROM line starts one.</p>
              </Panel>
            ) : null}
            <FitViewOnGrowth stageCount={stageCount} settled={layoutSettled} options={FIT_VIEW_OPTIONS} />
            <CanvasNotice />
          </ReactFlow>
          <CanvasDialogs />
        </div>
      </div>
    </CanvasUiContext.Provider>
  );
}
