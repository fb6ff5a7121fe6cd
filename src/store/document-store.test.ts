import { describe, expect, it } from 'vitest';
import { moveStage } from '../dockerfile/edits/move-stage.ts';
import { createDocumentStore, stageAtOffset } from './document-store.ts';

const TEXT = 'FROM alpine AS build\nRUN make\n\nFROM scratch\nCOPY --from=build /out /out\n';

function clock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('document store', () => {
  it('dispatch of "FROM x AS y" appended: text, analysis and graph update together', () => {
    const store = createDocumentStore(TEXT);
    store.getState().dispatch({ changes: [{ from: TEXT.length, to: TEXT.length, insert: 'FROM x AS y\n' }], origin: 'editor' });
    const state = store.getState();
    expect(state.text.endsWith('FROM x AS y\n')).toBe(true);
    expect(state.analysis.model.stages.map((s) => s.name)).toEqual(['build', null, 'y']);
    expect(state.graphAnalysis).toBe(state.analysis);
    expect(state.lastChange?.origin).toBe('editor');
  });

  it('a canvas move of stage 1 up, with the cursor on its FROM: the cursor follows it and it stays selected', () => {
    const text = 'FROM alpine AS build\nRUN make\n\nFROM scratch\nCOPY a /b\n';
    const store = createDocumentStore(text);
    store.getState().setCursor(text.indexOf('FROM scratch'));
    expect(store.getState().selectedStage).toBe(1);
    const result = moveStage(store.getState().analysis, { stage: 1, direction: -1 });
    if (!result.ok) throw new Error(result.reason);
    store.getState().dispatch({ changes: result.changes, origin: 'canvas', selectStage: result.selectStage });
    const state = store.getState();
    expect(state.selectedStage).toBe(0);
    expect(state.cursor).toBe(state.text.indexOf('FROM scratch'));
    expect(state.lastChange?.placesCursor).toBe(true);
    // The editor reports that cursor back: the moved stage stays selected.
    state.setCursor(state.cursor!);
    expect(store.getState().selectedStage).toBe(0);
  });

  it('typing "abc" quickly is one undo step; a pause starts another', () => {
    const c = clock();
    const store = createDocumentStore(TEXT, c.now);
    const type = (ch: string) => {
      const at = store.getState().text.length;
      store.getState().dispatch({ changes: [{ from: at, to: at, insert: ch }], origin: 'editor' });
      c.advance(100);
    };
    type('a');
    type('b');
    type('c');
    c.advance(5000);
    type('d');
    store.getState().undo();
    expect(store.getState().text).toBe(TEXT + 'abc');
    store.getState().undo();
    expect(store.getState().text).toBe(TEXT);
    store.getState().redo();
    expect(store.getState().text).toBe(TEXT + 'abc');
    store.getState().redo();
    expect(store.getState().text).toBe(TEXT + 'abcd');
    expect(store.getState().lastChange?.origin).toBe('history');
  });

  it('a canvas change after typing is its own step, and a new change clears redo', () => {
    const store = createDocumentStore(TEXT);
    store.getState().dispatch({ changes: [{ from: 0, to: 0, insert: '# c\n' }], origin: 'canvas' });
    store.getState().undo();
    expect(store.getState().history.redo).toHaveLength(1);
    store.getState().dispatch({ changes: [{ from: 0, to: 0, insert: 'x' }], origin: 'editor' });
    expect(store.getState().history.redo).toHaveLength(0);
  });

  it('"COPY --from=" half-typed: the canvas keeps the last whole graph, marked stale', () => {
    const store = createDocumentStore(TEXT);
    const at = store.getState().text.length;
    store.getState().dispatch({ changes: [{ from: at, to: at, insert: 'COPY --from= /a /b\n' }], origin: 'editor' });
    const state = store.getState();
    expect(state.stale).toBe(true);
    expect(state.graphAnalysis.ast.source).toBe(TEXT);
    expect(state.analysis.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    store.getState().undo();
    expect(store.getState().stale).toBe(false);
  });

  it('setCursor inside the second stage selects stage 1; selectStage with reveal asks for its FROM', () => {
    const store = createDocumentStore(TEXT);
    store.getState().setCursor(TEXT.indexOf('COPY') + 2);
    expect(store.getState().selectedStage).toBe(1);
    store.getState().selectStage(0, { reveal: true });
    expect(store.getState().reveal).toMatchObject({ from: 0, cursor: 0 });
  });

  it('setTarget("build") plans the build stage only', () => {
    const store = createDocumentStore(TEXT);
    store.getState().setTarget('build');
    expect(store.getState().analysis.plan?.reachable).toEqual([0]);
    expect(store.getState().graphAnalysis.plan?.reachable).toEqual([0]);
  });

  it('load() replaces the text as one undoable step', () => {
    const store = createDocumentStore(TEXT);
    store.getState().load('FROM a\n');
    expect(store.getState().analysis.model.stages).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().text).toBe(TEXT);
  });

  it('stageAtOffset: before the first FROM there is no stage', () => {
    const store = createDocumentStore('ARG X\nFROM a\n');
    expect(stageAtOffset(store.getState().analysis, 2)).toBe(null);
    expect(stageAtOffset(store.getState().analysis, 8)).toBe(0);
  });
});
