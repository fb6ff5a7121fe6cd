import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { exampleDockerfile } from '../app/exampleDockerfile.ts';
import type { CanvasNode } from './flow-types.ts';
import { graphToFlow, type FlowView } from './graph-to-flow.ts';
import { deepEqual, reconcileEdges, reconcileNodes } from './reconcile.ts';

const view: FlowView = { selectedStage: null, positions: {}, hoveredEdge: null };
const flowOf = (text: string, extra: Partial<FlowView> = {}) => graphToFlow(analyzeDockerfile(text), { ...view, ...extra }, new Map());

describe('deepEqual', () => {
  it('plain data', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });
});

describe('reconcileNodes', () => {
  it('the same text again: the very same array', () => {
    const first = flowOf(exampleDockerfile).nodes;
    expect(reconcileNodes(first, flowOf(exampleDockerfile).nodes)).toBe(first);
  });

  it('an edit inside stage "test": only node 3 is a new object', () => {
    const first = flowOf(exampleDockerfile).nodes;
    const next = reconcileNodes(first, flowOf(exampleDockerfile.replace('go test ./...', 'go test -v ./...')).nodes);
    expect(next).not.toBe(first);
    expect(next.map((n, i) => n === first[i])).toEqual([true, true, true, false, true]);
  });

  it('a comment added on top (every offset shifts): nothing changes', () => {
    const first = flowOf(exampleDockerfile).nodes;
    expect(reconcileNodes(first, flowOf(`# top\n${exampleDockerfile}`).nodes)).toBe(first);
  });

  it('selection moves from 1 to 2: only those two change', () => {
    const first = flowOf(exampleDockerfile, { selectedStage: 1 }).nodes;
    const next = reconcileNodes(first, flowOf(exampleDockerfile, { selectedStage: 2 }).nodes);
    expect(next.map((n, i) => n === first[i])).toEqual([true, false, false, true, true]);
  });

  it('a changed node keeps its measured size', () => {
    const first: CanvasNode[] = flowOf(exampleDockerfile).nodes.map((n) => ({ ...n, measured: { width: 240, height: 100 } }) as CanvasNode);
    const next = reconcileNodes(first, flowOf(exampleDockerfile.replace('go test ./...', 'go test -v ./...')).nodes);
    expect(next[3]!.measured).toEqual({ width: 240, height: 100 });
  });

  it('a node being dragged keeps its pointer position through an edit', () => {
    const first = flowOf(exampleDockerfile).nodes.map((n, i) => (i === 3 ? ({ ...n, position: { x: 500, y: 9 }, dragging: true } as CanvasNode) : n));
    const edited = reconcileNodes(first, flowOf(exampleDockerfile.replace('go test ./...', 'go test -v ./...')).nodes);
    expect(edited[3]!.position).toEqual({ x: 500, y: 9 });
    expect(edited[3]!.dragging).toBe(true);
    // And with no edit at all, the dragged node is kept as it is.
    expect(reconcileNodes(first, flowOf(exampleDockerfile).nodes)).toBe(first);
  });

  it('a stage removed: a shorter array', () => {
    const first = flowOf(exampleDockerfile).nodes;
    expect(reconcileNodes(first, flowOf('FROM alpine AS deps\n').nodes)).toHaveLength(1);
  });
});

describe('reconcileEdges', () => {
  it('hover moves to edge 2: only edge 2 is new', () => {
    const first = flowOf(exampleDockerfile).edges;
    const next = reconcileEdges(first, flowOf(exampleDockerfile, { hoveredEdge: 2 }).edges);
    expect(next.map((e, i) => e === first[i])).toEqual([true, true, false, true]);
  });

  it('the same text again: the very same array', () => {
    const first = flowOf(exampleDockerfile).edges;
    expect(reconcileEdges(first, flowOf(exampleDockerfile).edges)).toBe(first);
  });
});
