import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { useDocument, useDocumentStore } from '../store/document-context.ts';
import { describeGraph, type GraphDescription } from './describe-graph.ts';
import type { CanvasEdge, CanvasNode } from './flow-types.ts';
import { toFlowEdges, toFlowNodes } from './graph-to-flow.ts';
import { reconcileEdges, reconcileNodes } from './reconcile.ts';
import { useGraphLayout } from './use-graph-layout.ts';
import { useReconciled } from './use-reconciled.ts';
import { useTeachHighlights } from './use-teach-highlights.ts';

/** What the canvas hands React Flow. */
export interface CanvasFlow {
  readonly description: GraphDescription;
  readonly nodes: CanvasNode[];
  readonly edges: CanvasEdge[];
  /** Applies React Flow's drags and measurements; saves a finished move in the store. */
  readonly onNodesChange: (changes: NodeChange<CanvasNode>[]) => void;
  /** False while new nodes wait for the layout (large graphs only). */
  readonly layoutSettled: boolean;
}

/**
 * The canvas's nodes and edges, derived from the store.
 *
 * The nodes are controlled: the document decides what they show, where they are (dragged
 * position or layout) and which one is selected. React Flow's own selection changes are
 * dropped, because the selection lives in the store (the editor's cursor moves it too), and
 * so are removals: the canvas never deletes a stage behind the text's back.
 */
export function useCanvasFlow(): CanvasFlow {
  const store = useDocumentStore();
  const analysis = useDocument((s) => s.graphAnalysis);
  const selectedStage = useDocument((s) => s.selectedStage);
  const selectedStages = useDocument((s) => s.selectedStages);
  const positions = useDocument((s) => s.positions);
  const hoveredEdge = useDocument((s) => s.hoveredEdge);
  const { building, feeding, rebuild } = useTeachHighlights();

  const description = useMemo(() => describeGraph(analysis), [analysis]);
  const { positions: layout, settled } = useGraphLayout(description);
  const derivedNodes = useMemo(
    () => toFlowNodes(description, { selectedStage, selectedStages, positions, building, rebuild }, layout),
    [description, selectedStage, selectedStages, positions, layout, building, rebuild],
  );
  const derivedEdges = useMemo(() => toFlowEdges(description, hoveredEdge, feeding), [description, hoveredEdge, feeding]);
  const [nodes, setNodes] = useReconciled(derivedNodes, reconcileNodes);
  const [edges] = useReconciled(derivedEdges, reconcileEdges);

  const placed = useMemo(() => new Map(derivedNodes.map((n) => [n.id, n])), [derivedNodes]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const kept = changes.filter((c) => c.type === 'position' || c.type === 'dimensions');
      if (kept.length === 0) return;
      setNodes((current) => applyNodeChanges(kept, current));
      // A position change that is not mid-drag is where a move ends: the drag's last step
      // (sent just before onNodeDragStop) or an arrow-key move of the focused, selected node.
      // One that puts a node back where the document has it (an aborted drag) pins nothing.
      for (const change of kept) {
        if (change.type !== 'position' || change.dragging === true || change.position === undefined) continue;
        const node = placed.get(change.id);
        if (node === undefined || (node.position.x === change.position.x && node.position.y === change.position.y)) continue;
        store.getState().setPosition(node.data.positionKey, { x: change.position.x, y: change.position.y });
      }
    },
    [placed, setNodes, store],
  );

  return { description, nodes, edges, onNodesChange, layoutSettled: settled };
}
