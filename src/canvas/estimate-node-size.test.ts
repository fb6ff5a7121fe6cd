import { describe, expect, it } from 'vitest';
import { estimateImageSize, estimateLabelWidth, estimateStageSize, STAGE_NODE_WIDTH } from './estimate-node-size.ts';
import type { StageNodeData } from './flow-types.ts';
import { NO_PROBLEMS } from './stage-problems.ts';

const stage = (listed: number, platform: string | null): StageNodeData => ({
  index: 0,
  label: 'a',
  name: 'a',
  positionKey: 'a',
  base: { kind: 'scratch', text: 'scratch' },
  platform,
  instructionCount: listed,
  instructions: Array.from({ length: listed }, () => ({ keyword: 'RUN', args: 'x' })),
  isTarget: false,
  reachable: true,
  problems: NO_PROBLEMS,
});

describe('estimateStageSize', () => {
  it('fixed width; each listed instruction and the platform line add height', () => {
    expect(estimateStageSize(stage(0, null)).width).toBe(STAGE_NODE_WIDTH);
    expect(estimateStageSize(stage(2, null)).height - estimateStageSize(stage(0, null)).height).toBe(32);
    expect(estimateStageSize(stage(0, 'linux/amd64')).height - estimateStageSize(stage(0, null)).height).toBe(18);
  });
});

describe('estimateImageSize', () => {
  it('"a": the minimum width; a 200-character ref: the maximum', () => {
    expect(estimateImageSize({ ref: 'a', positionKey: 'image:a', reachable: true }).width).toBe(110);
    expect(estimateImageSize({ ref: 'x'.repeat(200), positionKey: 'x', reachable: true }).width).toBe(260);
  });
});

describe('estimateLabelWidth', () => {
  it('"": no room; "/a": the smallest bucket; a 28-character label: the largest', () => {
    expect(estimateLabelWidth('')).toBe(0);
    expect(estimateLabelWidth('/a')).toBe(72);
    expect(estimateLabelWidth('/out/server')).toBe(136);
    expect(estimateLabelWidth('x'.repeat(28))).toBe(200);
  });
  it('"/out/server" → "/out/servers": the same bucket, so the same shape', () => {
    expect(estimateLabelWidth('/out/servers')).toBe(estimateLabelWidth('/out/server'));
  });
});
