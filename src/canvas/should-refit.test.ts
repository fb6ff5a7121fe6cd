import { describe, expect, it } from 'vitest';
import { shouldRefit } from './should-refit.ts';

describe('shouldRefit', () => {
  it('5 → 5: no', () => expect(shouldRefit(5, 5)).toBe(false));
  it('5 → 6 and 5 → 4: no (one stage added or removed)', () => {
    expect(shouldRefit(5, 6)).toBe(false);
    expect(shouldRefit(5, 4)).toBe(false);
  });
  it('5 → 8: yes', () => expect(shouldRefit(5, 8)).toBe(true));
  it('0 → 1 and 3 → 0: yes', () => {
    expect(shouldRefit(0, 1)).toBe(true);
    expect(shouldRefit(3, 0)).toBe(true);
  });
  it('100 → 120: no; 100 → 130: yes (30%)', () => {
    expect(shouldRefit(100, 120)).toBe(false);
    expect(shouldRefit(100, 130)).toBe(true);
  });
});
