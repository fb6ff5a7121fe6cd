import { describe, expect, it } from 'vitest';
import { editDistanceAtMost, suggest } from './suggest.ts';

describe('editDistanceAtMost', () => {
  it('biuld ~ build: 2 (a swap is two edits)', () => expect(editDistanceAtMost('biuld', 'build', 2)).toBe(2));
  it('buil ~ build: 1', () => expect(editDistanceAtMost('buil', 'build', 2)).toBe(1));
  it('a ~ abcdef: past the limit by length alone', () => expect(editDistanceAtMost('a', 'abcdef', 2)).toBe(3));
  it('kitten ~ sitting: 3, reported as limit + 1 when the limit is 2', () => {
    expect(editDistanceAtMost('kitten', 'sitting', 5)).toBe(3);
    expect(editDistanceAtMost('kitten', 'sitting', 2)).toBe(3);
  });
});

describe('suggest', () => {
  it('RUNN among instruction names → RUN', () => expect(suggest('RUNN', ['COPY', 'RUN'], false)).toBe('RUN'));
  it('an exact option means no suggestion', () => expect(suggest('run', ['RUN'], false)).toBeNull());
});
