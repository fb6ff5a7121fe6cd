import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from './autosave.ts';
import { openWorkspace, replaceDocument } from './open-workspace.ts';
import { SESSION_STORAGE_KEY, serializeSession } from './persisted-session.ts';

const storageWith = (value: string | null): KeyValueStorage => ({
  getItem: (key) => (key === SESSION_STORAGE_KEY ? value : null),
  setItem: () => {},
  removeItem: () => {},
});

const FALLBACK = 'FROM alpine AS fallback\n';

describe('openWorkspace', () => {
  it('no storage: the fallback text, saved, named Dockerfile', () => {
    const { store, session, restored } = openWorkspace(FALLBACK, null);
    expect(restored).toBe(false);
    expect(store.getState().text).toBe(FALLBACK);
    expect(session.getState()).toMatchObject({ savedText: FALLBACK, documentName: 'Dockerfile' });
  });

  it('a stored session: text, positions, target and name come back', () => {
    const stored = serializeSession({
      text: 'FROM alpine AS a\nFROM alpine AS b\n',
      savedText: 'FROM alpine AS a\n',
      documentName: 'web.Dockerfile',
      positions: { a: { x: 1, y: 2 } },
      target: 'a',
    });
    const { store, session, restored } = openWorkspace(FALLBACK, storageWith(stored));
    expect(restored).toBe(true);
    const state = store.getState();
    expect(state.text).toBe('FROM alpine AS a\nFROM alpine AS b\n');
    expect(state.positions).toEqual({ a: { x: 1, y: 2 } });
    expect(state.target).toBe('a');
    expect(state.analysis.plan?.target).toBe(0);
    expect(session.getState()).toMatchObject({ savedText: 'FROM alpine AS a\n', documentName: 'web.Dockerfile' });
  });

  it('replaceDocument: one undo step, positions and target cleared, text saved under its name', () => {
    const workspace = openWorkspace(FALLBACK, null);
    workspace.store.getState().setPosition('fallback', { x: 3, y: 4 });
    workspace.store.getState().setTarget('fallback');
    replaceDocument(workspace, 'FROM busybox AS next\r\n', 'next.Dockerfile');
    const state = workspace.store.getState();
    expect(state.text).toBe('FROM busybox AS next\r\n');
    expect(state.positions).toEqual({});
    expect(state.target).toBeNull();
    expect(workspace.session.getState()).toMatchObject({ savedText: 'FROM busybox AS next\r\n', documentName: 'next.Dockerfile' });
    state.undo();
    expect(workspace.store.getState().text).toBe(FALLBACK);
  });
});
