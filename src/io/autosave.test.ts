import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentStore } from '../store/document-store.ts';
import { AUTOSAVE_DELAY_MS, startAutosave, type KeyValueStorage } from './autosave.ts';
import { createFileSession } from './file-session.ts';
import { parseSession, SESSION_STORAGE_KEY } from './persisted-session.ts';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const TEXT = 'FROM alpine AS base\nRUN true\n';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const store = createDocumentStore(TEXT);
    const session = createFileSession({ savedText: TEXT, documentName: 'Dockerfile' });
    const storage = new MemoryStorage();
    const onError = vi.fn();
    const onRecovered = vi.fn();
    const autosave = startAutosave(store, session, storage, { onError, onRecovered });
    return { store, session, storage, onError, onRecovered, autosave };
  };

  it('three quick edits: one write, after the delay, with text, positions and target', () => {
    const { store, storage } = setup();
    store.getState().dispatch({ changes: [{ from: TEXT.length, to: TEXT.length, insert: 'RUN a\n' }], origin: 'editor' });
    store.getState().setPosition('base', { x: 5, y: 6 });
    store.getState().setTarget('base');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);
    expect(parseSession(storage.getItem(SESSION_STORAGE_KEY))).toMatchObject({
      text: TEXT + 'RUN a\n',
      savedText: TEXT,
      positions: { base: { x: 5, y: 6 } },
      target: 'base',
    });
  });

  it('a selection change writes nothing', () => {
    const { store, storage } = setup();
    store.getState().selectStage(0);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(storage.writes).toBe(0);
  });

  it('a full quota is reported once, the document is untouched, and recovery is reported', () => {
    const { store, storage, onError, onRecovered } = setup();
    storage.full = true;
    store.getState().load('FROM busybox\n');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    store.getState().load('FROM busybox AS two\n');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(store.getState().text).toBe('FROM busybox AS two\n');
    storage.full = false;
    store.getState().load('FROM busybox AS three\n');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(onRecovered).toHaveBeenCalledTimes(1);
    expect(parseSession(storage.getItem(SESSION_STORAGE_KEY))?.text).toBe('FROM busybox AS three\n');
  });

  it('flush writes a pending change at once; stop cancels it', () => {
    const { store, storage, autosave, session } = setup();
    session.getState().markSaved(TEXT, 'api.Dockerfile');
    autosave.flush();
    expect(parseSession(storage.getItem(SESSION_STORAGE_KEY))?.documentName).toBe('api.Dockerfile');
    store.getState().load('FROM x\n');
    autosave.stop();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(storage.writes).toBe(1);
  });
});
