import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { documentOutline } from './document-outline.ts';

describe('documentOutline', () => {
  it('a global ARG, a named and an unnamed stage — ARG, then stages with their instructions', () => {
    const text = 'ARG GO=1.23\nFROM golang:${GO} AS build\nRUN go build \\\n  -o /app\nFROM alpine\nCOPY --from=build /app /app\n';
    const outline = documentOutline(analyzeDockerfile(text));
    expect(outline.map((s) => [s.kind, s.name, s.detail])).toEqual([
      ['arg', 'ARG GO=1.23', 'global'],
      ['stage', 'build', 'FROM golang:${GO}'],
      ['stage', 'stage 1', 'FROM alpine'],
    ]);
    expect(outline[1]!.children.map((c) => [c.name, c.detail])).toEqual([['RUN', 'go build -o /app']]);
    expect(text.slice(outline[1]!.selection.from, outline[1]!.selection.to)).toBe('build');
    expect(outline[2]!.children.map((c) => c.name)).toEqual(['COPY']);
    expect(text.slice(outline[2]!.from, outline[2]!.to)).toBe('FROM alpine\nCOPY --from=build /app /app');
  });

  it('a long RUN — its detail is elided at 60 characters', () => {
    const outline = documentOutline(analyzeDockerfile(`FROM alpine\nRUN ${'x'.repeat(100)}\n`));
    expect(outline[0]!.children[0]!.detail).toHaveLength(60);
    expect(outline[0]!.children[0]!.detail.endsWith('…')).toBe(true);
  });
});
