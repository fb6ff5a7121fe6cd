import type { Connection, FinalConnectionState, InternalNode, NodeChange, ReactFlowInstance } from '@xyflow/react';
import { useCallback, useMemo, useRef, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { addStage, STAGE_TEMPLATES } from '../dockerfile/edits/add-stage.ts';
import { useDocumentStore } from '../store/document-context.ts';
import type { CanvasUiStore } from './canvas-ui-store.ts';
import { connectionRefusal, stageConnectionOf, type FlowConnectionEnds } from './connection-refusal.ts';
import { dropStageOrder, type StageBox } from './drop-order.ts';
import type { CanvasEdge, CanvasNode } from './flow-types.ts';
import { STAGE_TEMPLATE_DRAG_TYPE } from './StagePalette.tsx';
import { stageLabel } from './stage-node-data.ts';
import { STALE_REFUSAL, useCanvasIntent } from './use-canvas-intent.ts';
import { useEdgeRemoval } from './use-edge-removal.ts';

/** The canvas's editing handlers, ready to spread onto `<ReactFlow>` or call from its own. */
export interface CanvasEditing {
  readonly flowProps: {
    readonly onInit: (instance: ReactFlowInstance<CanvasNode, CanvasEdge>) => void;
    readonly onConnect: (connection: Connection) => void;
    readonly isValidConnection: (connection: FlowConnectionEnds) => boolean;
    readonly onConnectEnd: (event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState<InternalNode>) => void;
    readonly onDragOver: (event: DragEvent<HTMLDivElement>) => void;
    readonly onDrop: (event: DragEvent<HTMLDivElement>) => void;
    readonly onSelectionStart: () => void;
    readonly onSelectionEnd: () => void;
  };
  /** Feeds React Flow's selection-box changes to the store; other changes pass through. */
  readonly filterNodeChanges: (changes: NodeChange<CanvasNode>[]) => NodeChange<CanvasNode>[];
  /** Shift/Ctrl/⌘+click on a stage: adds it to the selection or takes it out. True if handled. */
  readonly onStageClick: (event: MouseEvent, index: number) => boolean;
  /** The editing keys of a focused node or edge: Delete, Backspace, F2, Enter. True if handled. */
  readonly onKey: (event: KeyboardEvent<HTMLDivElement>, nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]) => boolean;
}

const STAGE_NODE_ID = /^stage-(\d+)$/;

/**
 * Every canvas gesture that edits the document, turned into an intent: connections, palette
 * drops, selection, and the node and edge keys. The edit itself is always a pure command
 * run through {@link useCanvasIntent}; refusals show as the canvas notice.
 */
export function useCanvasEditing(ui: CanvasUiStore): CanvasEditing {
  const store = useDocumentStore();
  const run = useCanvasIntent();
  const removeEdge = useEdgeRemoval(ui);
  const instance = useRef<ReactFlowInstance<CanvasNode, CanvasEdge> | null>(null);
  const boxing = useRef(false);

  const label = useCallback(
    (index: number) => {
      const stage = store.getState().graphAnalysis.model.stages[index];
      return stage === undefined ? `#${index}` : stageLabel(stage);
    },
    [store],
  );

  const refusalOf = useCallback(
    (ends: FlowConnectionEnds): string | null => {
      const connection = stageConnectionOf(ends);
      if (connection === null) return 'Drag from a stage\u2019s output (right) to another stage\u2019s copy or base input (left).';
      return connectionRefusal(connection, label);
    },
    [label],
  );

  const askDelete = useCallback(
    (focused: number) => {
      const selected = store.getState().selectedStages;
      const stages = selected.includes(focused) ? selected : [focused];
      ui.getState().openDialog({ kind: 'deleteStages', stages, withDependents: false });
    },
    [store, ui],
  );

  return useMemo((): CanvasEditing => {
    const flowProps: CanvasEditing['flowProps'] = {
      onInit: (flow) => {
        instance.current = flow;
      },
      isValidConnection: (connection) => refusalOf(connection) === null,
      onConnect: (connection) => {
        const stage = stageConnectionOf(connection);
        if (stage === null || connectionRefusal(stage, label) !== null) return;
        if (store.getState().stale) {
          ui.getState().notify(STALE_REFUSAL);
          return;
        }
        ui.getState().setPending(stage);
      },
      onConnectEnd: (_event, state) => {
        // A drop on an input React Flow refused: say why, since the handle only turned red.
        if (state.isValid !== false || state.toNode === null || state.toHandle === null || state.fromNode === null) return;
        const reason = refusalOf({
          source: state.fromNode.id,
          target: state.toNode.id,
          sourceHandle: state.fromHandle?.id ?? null,
          targetHandle: state.toHandle.id ?? null,
        });
        if (reason !== null) ui.getState().notify(reason);
      },
      onDragOver: (event) => {
        if (!event.dataTransfer.types.includes(STAGE_TEMPLATE_DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDrop: (event) => {
        const id = event.dataTransfer.getData(STAGE_TEMPLATE_DRAG_TYPE);
        const template = STAGE_TEMPLATES.find((t) => t.id === id)?.id;
        const flow = instance.current;
        if (template === undefined || flow === null) return;
        event.preventDefault();
        const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
        const boxes: StageBox[] = [];
        for (const node of flow.getNodes()) {
          if (node.type !== 'stage') continue;
          boxes.push({ index: node.data.index, x: node.position.x, y: node.position.y, width: node.measured?.width ?? 0, height: node.measured?.height ?? 0 });
        }
        const at = dropStageOrder(point, boxes);
        const outcome = run((analysis) => addStage(analysis, { template, at }));
        if (outcome.ok) ui.getState().resetStages();
        else ui.getState().notify(outcome.reason);
      },
      onSelectionStart: () => {
        boxing.current = true;
      },
      onSelectionEnd: () => {
        boxing.current = false;
      },
    };

    const filterNodeChanges = (changes: NodeChange<CanvasNode>[]) => {
      if (boxing.current) {
        const selected = new Set(store.getState().selectedStages);
        let touched = false;
        for (const change of changes) {
          if (change.type !== 'select') continue;
          const match = STAGE_NODE_ID.exec(change.id);
          if (match === null) continue;
          touched = true;
          if (change.selected) selected.add(Number(match[1]));
          else selected.delete(Number(match[1]));
        }
        if (touched) store.getState().selectStages([...selected]);
      }
      return changes;
    };

    const onStageClick = (event: MouseEvent, index: number) => {
      if (!(event.shiftKey || event.ctrlKey || event.metaKey)) return false;
      store.getState().toggleStageSelection(index);
      // The keyboard goes to the node (React Flow's drag handling keeps the mousedown from
      // moving focus), so Delete then removes the selection.
      const element = (event.target as Element).closest('.react-flow__node');
      if (element instanceof HTMLElement) element.focus();
      return true;
    };

    const onKey: CanvasEditing['onKey'] = (event, nodes, edges) => {
      const target = event.target as Element;
      // Keys typed into a form on a node belong to the form.
      if (target.closest('input, textarea, select, button, [role="menu"], [role="dialog"]') !== null) return false;
      const isDelete = event.key === 'Delete' || event.key === 'Backspace';
      const edgeElement = target.closest('.react-flow__edge');
      if (edgeElement !== null || (isDelete && target.closest('.react-flow__node') === null)) {
        if (!isDelete) return false;
        const id = edgeElement?.getAttribute('data-id');
        const edge = id === undefined || id === null ? undefined : edges.find((e) => e.id === id);
        const index = edge?.data?.edgeIndex ?? ui.getState().selectedEdge;
        if (index === null || index === undefined) return false;
        removeEdge(index);
        return true;
      }
      const element = target.closest('.react-flow__node');
      const node = nodes.find((n) => n.id === element?.getAttribute('data-id'));
      if (node === undefined || node.type !== 'stage') return false;
      const index = node.data.index;
      if (isDelete) askDelete(index);
      else if (event.key === 'F2') ui.getState().startRename(index);
      else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) ui.getState().openMenu(index);
      else if (event.key === 'Enter') {
        store.getState().selectStage(index, { reveal: true, focusEditor: false });
        ui.getState().setExpanded(index, true);
      } else if (event.key === 'Escape' && ui.getState().expanded.includes(index)) ui.getState().setExpanded(index, false);
      else return false;
      return true;
    };

    return { flowProps, filterNodeChanges, onStageClick, onKey };
  }, [askDelete, label, refusalOf, removeEdge, run, store, ui]);
}
