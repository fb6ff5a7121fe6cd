import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { rebuildSet } from '../dockerfile/teach/rebuild-set.ts';
import { walkthrough } from '../dockerfile/teach/walkthrough.ts';
import { describeGraph } from './describe-graph.ts';
import { toFlowEdges, toFlowNodes } from './graph-to-flow.ts';

const DIAMOND = 'FROM alpine AS base\nFROM base AS left\nFROM base AS right\nFROM busybox AS final\nCOPY --from=left / /\nCOPY --from=right / /\n';
const analysis = analyzeDockerfile(DIAMOND);
const description = describeGraph(analysis);
const view = { selectedStage: null, positions: {} };

describe('teaching highlights on the canvas', () => {
  it('the diamond, walkthrough step 2: left and right are building, the FROM base edges feed them', () => {
    const step = walkthrough(analysis)[1]!;
    const nodes = toFlowNodes(description, { ...view, building: new Set(step.stages) }, new Map());
    expect(nodes.map((n) => (n.type === 'stage' ? n.data.building : null))).toEqual([false, true, true, false]);
    const edges = toFlowEdges(description, null, new Set(step.edges));
    expect(edges.filter((e) => e.className?.includes('is-feeding')).map((e) => e.id)).toEqual(['from:stage-0->stage-1', 'from:stage-0->stage-2']);
  });

  it('the diamond, cursor in left: left and final are marked for rebuild', () => {
    const set = rebuildSet(analysis, DIAMOND.indexOf('AS left'))!;
    const nodes = toFlowNodes(description, { ...view, rebuild: new Set(set.stages) }, new Map());
    expect(nodes.map((n) => (n.type === 'stage' ? n.data.rebuild : null))).toEqual([false, true, false, true]);
  });

  it('no walkthrough and no cursor: nothing is marked', () => {
    const nodes = toFlowNodes(description, view, new Map());
    expect(nodes.every((n) => n.type === 'stage' && n.data.building === false && n.data.rebuild === false)).toBe(true);
    expect(toFlowEdges(description, null).some((e) => e.className?.includes('is-feeding'))).toBe(false);
  });
});
