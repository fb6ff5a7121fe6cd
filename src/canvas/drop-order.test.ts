import { describe, expect, it } from 'vitest';
import { dropStageOrder, type StageBox } from './drop-order.ts';

// Three columns: stage 0 at the left, stages 1 and 2 stacked in the middle, stage 3 right.
const boxes: StageBox[] = [
  { index: 0, x: 0, y: 0, width: 240, height: 100 },
  { index: 1, x: 400, y: 0, width: 240, height: 100 },
  { index: 2, x: 400, y: 200, width: 240, height: 100 },
  { index: 3, x: 800, y: 100, width: 240, height: 100 },
];

describe('dropStageOrder', () => {
  it('no stages: 0', () => {
    expect(dropStageOrder({ x: 50, y: 50 }, [])).toBe(0);
  });
  it('left of every node: 0 (before the first stage)', () => {
    expect(dropStageOrder({ x: -100, y: 50 }, boxes)).toBe(0);
  });
  it('above the first node, inside its column: 0', () => {
    expect(dropStageOrder({ x: 100, y: 10 }, boxes)).toBe(0);
  });
  it('below the middle of the first node, in its column: 1', () => {
    expect(dropStageOrder({ x: 100, y: 90 }, boxes)).toBe(1);
  });
  it('between the first and the middle column: 1', () => {
    expect(dropStageOrder({ x: 320, y: 500 }, boxes)).toBe(1);
  });
  it('in the middle column between its two nodes: 2', () => {
    expect(dropStageOrder({ x: 500, y: 150 }, boxes)).toBe(2);
  });
  it('in the middle column below both nodes: 3', () => {
    expect(dropStageOrder({ x: 500, y: 400 }, boxes)).toBe(3);
  });
  it('right of every node: after the last stage (4)', () => {
    expect(dropStageOrder({ x: 1200, y: 0 }, boxes)).toBe(4);
  });
  it('a node placed out of order: the highest stage the point follows wins', () => {
    const moved: StageBox[] = [
      { index: 0, x: 500, y: 0, width: 240, height: 100 },
      { index: 1, x: 0, y: 0, width: 240, height: 100 },
    ];
    expect(dropStageOrder({ x: 300, y: 50 }, moved)).toBe(2);
  });
});
