import { describe, expect, it } from 'vitest';
import { parseSession, serializeSession, type PersistedSession } from './persisted-session.ts';

const SESSION: PersistedSession = {
  text: 'FROM alpine AS base\r\nRUN echo 🐳\r\n',
  savedText: 'FROM alpine AS base\n',
  documentName: 'api.Dockerfile',
  positions: { base: { x: 10.5, y: -40 }, '#1': { x: 0, y: 300 } },
  target: 'base',
};

describe('persisted session', () => {
  it('a full session round-trips', () => {
    expect(parseSession(serializeSession(SESSION))).toEqual(SESSION);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 2, text: 'FROM a' })],
    ['no text', JSON.stringify({ version: 1 })],
    ['an array', '[]'],
  ])('%s reads as no session', (_title, raw) => {
    expect(parseSession(raw)).toBeNull();
  });

  it('bad fields fall back to defaults and keep the text', () => {
    const raw = JSON.stringify({
      version: 1,
      text: 'FROM alpine\n',
      savedText: 7,
      documentName: '',
      positions: { a: { x: 'left', y: 1 }, b: { x: 1, y: 2 }, c: null },
      target: 3,
    });
    expect(parseSession(raw)).toEqual({
      text: 'FROM alpine\n',
      savedText: 'FROM alpine\n',
      documentName: 'Dockerfile',
      positions: { b: { x: 1, y: 2 } },
      target: null,
    });
  });
});
