import { describe, expect, it } from 'vitest';
import { connectionRefusal, stageConnectionOf } from './connection-refusal.ts';

const names = ['deps', 'build', 'runtime'];
const label = (i: number) => names[i] ?? `#${i}`;

describe('connectionRefusal', () => {
  it('deps → build copy: accepted', () => {
    expect(connectionRefusal({ from: 0, to: 1, kind: 'copy' }, label)).toBeNull();
  });
  it('deps → runtime base: accepted', () => {
    expect(connectionRefusal({ from: 0, to: 2, kind: 'base' }, label)).toBeNull();
  });
  it('build → build copy: refused, it cannot copy from itself', () => {
    expect(connectionRefusal({ from: 1, to: 1, kind: 'copy' }, label)).toBe('build cannot copy from itself.');
  });
  it('build → build base: refused, it cannot start from itself', () => {
    expect(connectionRefusal({ from: 1, to: 1, kind: 'base' }, label)).toBe('build cannot start FROM itself.');
  });
  it('runtime → deps: refused, later to earlier', () => {
    expect(connectionRefusal({ from: 2, to: 0, kind: 'copy' }, label)).toMatch(/^runtime comes after deps/);
  });
});

describe('stageConnectionOf', () => {
  it('stage-0 output → stage-2 copy: a copy connection from 0 to 2', () => {
    expect(stageConnectionOf({ source: 'stage-0', target: 'stage-2', sourceHandle: 'output', targetHandle: 'copy' })).toEqual({
      from: 0,
      to: 2,
      kind: 'copy',
    });
  });
  it('stage-1 output → stage-3 base: a base connection', () => {
    expect(stageConnectionOf({ source: 'stage-1', target: 'stage-3', sourceHandle: 'output', targetHandle: 'base' })?.kind).toBe('base');
  });
  it('an image node as the source: null', () => {
    expect(stageConnectionOf({ source: 'image:alpine', target: 'stage-1', sourceHandle: null, targetHandle: 'copy' })).toBeNull();
  });
  it('no target handle: null', () => {
    expect(stageConnectionOf({ source: 'stage-0', target: 'stage-1', sourceHandle: 'output', targetHandle: null })).toBeNull();
  });
});
