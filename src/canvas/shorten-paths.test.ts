import { describe, expect, it } from 'vitest';
import { shortenPaths } from './shorten-paths.ts';

describe('shortenPaths', () => {
  it('[]: no label', () => expect(shortenPaths([])).toBe(''));
  it('["/out/server"]: the path', () => expect(shortenPaths(['/out/server'])).toBe('/out/server'));
  it('["a", "b", "c"]: first path and +2', () => expect(shortenPaths(['a', 'b', 'c'])).toBe('a +2'));
  it('a 40-character path: keeps its end', () => {
    const path = `/very/long/directory/structure/${'x'.repeat(9)}`;
    const label = shortenPaths([path]);
    expect(label).toHaveLength(24);
    expect(label).toBe(`…${path.slice(-23)}`);
  });
});
