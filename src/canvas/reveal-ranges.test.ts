import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { edgeRevealRange, imageRevealRange } from './reveal-ranges.ts';

const text = 'FROM alpine AS a\nFROM alpine\nCOPY --from=a /x /x\nCOPY --from=busybox /bin/sh /sh\n';
const model = analyzeDockerfile(text).model;

describe('reveal ranges', () => {
  it('COPY --from=a: the edge reveals "a"', () => {
    const range = edgeRevealRange(model, 0)!;
    expect(text.slice(range.from, range.to)).toBe('a');
  });
  it('COPY --from=busybox: the image reveals its first use', () => {
    const range = imageRevealRange(model, 'busybox')!;
    expect(text.slice(range.from, range.to)).toBe('busybox');
  });
  it('an unknown edge or image: null', () => {
    expect(edgeRevealRange(model, 99)).toBeNull();
    expect(imageRevealRange(model, 'nope')).toBeNull();
  });
});
