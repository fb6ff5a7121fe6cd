import { describe, expect, it } from 'vitest';
import { createDocumentStore } from './document-store.ts';

const THREE = 'FROM alpine AS a\nFROM alpine AS b\nFROM alpine AS c\n';

describe('document store: several selected stages', () => {
  it('selectStage(1): selectedStages is [1]; selectStage(null): []', () => {
    const store = createDocumentStore(THREE);
    store.getState().selectStage(1);
    expect(store.getState().selectedStages).toEqual([1]);
    store.getState().selectStage(null);
    expect(store.getState().selectedStages).toEqual([]);
    expect(store.getState().selectedStage).toBeNull();
  });

  it('select 2, toggle 0: [0, 2] with 0 as the selected stage; toggle 0 again: [2]', () => {
    const store = createDocumentStore(THREE);
    store.getState().selectStage(2);
    store.getState().toggleStageSelection(0);
    expect(store.getState().selectedStages).toEqual([0, 2]);
    expect(store.getState().selectedStage).toBe(0);
    store.getState().toggleStageSelection(0);
    expect(store.getState().selectedStages).toEqual([2]);
    expect(store.getState().selectedStage).toBe(2);
  });

  it('toggle of stage 7 in a three-stage file: nothing changes', () => {
    const store = createDocumentStore(THREE);
    store.getState().toggleStageSelection(7);
    expect(store.getState().selectedStages).toEqual([]);
  });

  it('selectStages([2, 0, 2, 9]): [0, 2], the out-of-range and repeated ones dropped', () => {
    const store = createDocumentStore(THREE);
    store.getState().selectStages([2, 0, 2, 9]);
    expect(store.getState().selectedStages).toEqual([0, 2]);
    expect(store.getState().selectedStage).toBe(2);
  });

  it('a change that deletes stage c keeps [0] of the selection [0, 2]', () => {
    const store = createDocumentStore(THREE);
    store.getState().selectStages([0, 2]);
    const from = THREE.indexOf('FROM alpine AS c');
    store.getState().dispatch({ changes: [{ from, to: THREE.length, insert: '' }], origin: 'editor' });
    expect(store.getState().selectedStages).toEqual([0]);
  });

  it('a dispatch with selectStage 1 replaces a multi-selection with [1]', () => {
    const store = createDocumentStore(THREE);
    store.getState().selectStages([0, 2]);
    store.getState().dispatch({ changes: [{ from: 0, to: 0, insert: '# x\n' }], origin: 'canvas', selectStage: 1 });
    expect(store.getState().selectedStages).toEqual([1]);
  });
});

describe('document store: canvas gestures are never typing', () => {
  it('a one-character canvas edit right after typing is its own undo step', () => {
    let time = 0;
    const store = createDocumentStore(THREE, () => time);
    const end = () => store.getState().text.length;
    store.getState().dispatch({ changes: [{ from: end(), to: end(), insert: 'x' }], origin: 'editor' });
    time += 100;
    // Renaming "a" to "ab" on the canvas inserts one character, as a keystroke would.
    const at = THREE.indexOf(' AS a') + ' AS a'.length;
    store.getState().dispatch({ changes: [{ from: at, to: at, insert: 'b' }], origin: 'canvas' });
    time += 100;
    store.getState().undo();
    expect(store.getState().text).toBe(`${THREE}x`);
    store.getState().undo();
    expect(store.getState().text).toBe(THREE);
  });
});
