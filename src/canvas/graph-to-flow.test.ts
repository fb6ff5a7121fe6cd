import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { exampleDockerfile } from '../app/exampleDockerfile.ts';
import { graphToFlow } from './graph-to-flow.ts';

const analysis = analyzeDockerfile(exampleDockerfile);
const noView = { selectedStage: null, positions: {}, hoveredEdge: null };

describe('graphToFlow', () => {
  it('the example: five stage nodes and four edges, typed for the custom components', () => {
    const flow = graphToFlow(analysis, noView, new Map());
    expect(flow.nodes.map((n) => [n.id, n.type])).toEqual([
      ['stage-0', 'stage'],
      ['stage-1', 'stage'],
      ['stage-2', 'stage'],
      ['stage-3', 'stage'],
      ['stage-4', 'stage'],
    ]);
    expect(flow.edges).toHaveLength(4);
  });

  it('positions: a dragged position (by stage name) wins over the layout', () => {
    const layout = new Map([
      ['stage-0', { x: 1, y: 2 }],
      ['stage-1', { x: 3, y: 4 }],
    ]);
    const flow = graphToFlow(analysis, { ...noView, positions: { frontend: { x: 50, y: 60 } } }, layout);
    expect(flow.nodes[0]!.position).toEqual({ x: 1, y: 2 });
    expect(flow.nodes[1]!.position).toEqual({ x: 50, y: 60 });
  });

  it('selectedStage 3: only the test node is selected', () => {
    const flow = graphToFlow(analysis, { ...noView, selectedStage: 3 }, new Map());
    expect(flow.nodes.map((n) => n.selected)).toEqual([false, false, false, true, false]);
  });

  it('edge styles: FROM, COPY (labelled) and dimmed edges into unbuilt stages', () => {
    const flow = graphToFlow(analysis, noView, new Map());
    expect(flow.edges.map((e) => [e.className, e.label])).toEqual([
      ['canvas-edge edge-from', undefined],
      ['canvas-edge edge-from is-dim', undefined],
      ['canvas-edge edge-copy', '/out/server'],
      ['canvas-edge edge-copy', '/web/dist'],
    ]);
  });

  it('hoveredEdge 2: that edge is marked, raised and its arrow takes the accent colour', () => {
    const flow = graphToFlow(analysis, { ...noView, hoveredEdge: 2 }, new Map());
    const hovered = flow.edges[2]!;
    expect(hovered.className).toContain('is-hovered');
    expect(hovered.zIndex).toBe(1);
    expect(hovered.markerEnd).toMatchObject({ color: 'var(--accent)' });
    expect(flow.edges[0]!.className).not.toContain('is-hovered');
    expect(hovered.data).toEqual({ kind: 'copy', edgeIndex: 2 });
  });

  it('mount edges carry the mount class', () => {
    const flow = graphToFlow(analyzeDockerfile('FROM alpine AS a\nFROM alpine\nRUN --mount=from=a,target=/a true\n'), noView, new Map());
    expect(flow.edges[0]!.className).toBe('canvas-edge edge-mount');
  });
});
