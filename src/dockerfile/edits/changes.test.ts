import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, diffTexts, invertChanges, mapOffset, type Change } from './changes.ts';

/** A text and a valid, non-overlapping change set for it. */
const textWithChanges = fc.string({ maxLength: 80 }).chain((text) =>
  fc
    .array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 6 })), { maxLength: 5 })
    .map((raw) => {
      const points = raw.map(([a, b, insert]) => ({ from: Math.min(a, b), to: Math.max(a, b), insert })).sort((x, y) => x.from - y.from);
      const changes: Change[] = [];
      let end = 0;
      for (const p of points) {
        if (p.from < end) continue;
        changes.push(p);
        end = p.to;
      }
      return { text, changes };
    }),
);

describe('changes', () => {
  it('"hello world" with [0,5)→"bye" and [6,11)→"all"', () => {
    expect(applyChanges('hello world', [{ from: 6, to: 11, insert: 'all' }, { from: 0, to: 5, insert: 'bye' }])).toBe('bye all');
  });

  it('overlapping changes are refused', () => {
    expect(() => applyChanges('abc', [{ from: 0, to: 2, insert: '' }, { from: 1, to: 3, insert: '' }])).toThrow(RangeError);
  });

  it('property: applying the inverse restores the text', () => {
    fc.assert(
      fc.property(textWithChanges, ({ text, changes }) => {
        const after = applyChanges(text, changes);
        expect(applyChanges(after, invertChanges(text, changes))).toBe(text);
      }),
    );
  });

  it('property: the inverse of the inverse is the change again', () => {
    fc.assert(
      fc.property(textWithChanges, ({ text, changes }) => {
        const after = applyChanges(text, changes);
        const inverse = invertChanges(text, changes);
        expect(applyChanges(text, invertChanges(after, inverse))).toBe(after);
      }),
    );
  });

  it('property: diffTexts gives one change that turns a into b', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(applyChanges(a, diffTexts(a, b))).toBe(b);
      }),
    );
  });

  it('property: mapping an offset outside every change keeps the text after it', () => {
    fc.assert(
      fc.property(textWithChanges, fc.nat(), ({ text, changes }, n) => {
        const offset = n % (text.length + 1);
        if (changes.some((c) => c.from <= offset && offset <= c.to)) return;
        const mapped = mapOffset(offset, changes);
        const after = applyChanges(text, changes);
        const tail = changes.filter((c) => c.from > offset);
        expect(after.slice(mapped)).toBe(applyChanges(text.slice(offset), tail.map((c) => ({ ...c, from: c.from - offset, to: c.to - offset }))));
      }),
    );
  });

  it('mapOffset: an insertion at the offset, with assoc -1 and 1', () => {
    const changes = [{ from: 2, to: 2, insert: 'xyz' }];
    expect(mapOffset(2, changes, -1)).toBe(2);
    expect(mapOffset(2, changes, 1)).toBe(5);
    expect(mapOffset(4, changes)).toBe(7);
  });
});
