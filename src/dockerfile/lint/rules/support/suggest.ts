/**
 * BuildKit's "did you mean" search (`util/suggest`): the option closest to the value by
 * Levenshtein distance, if that distance is at most 2 (BuildKit starts its minimum at 3,
 * "same as hcl"), and nothing when the value is itself one of the options.
 */

/**
 * Levenshtein distance with unit costs (as `github.com/agext/levenshtein` computes it), but
 * only up to `limit`: anything farther returns `limit + 1`. The
 * length difference alone often rules a pair out, and a row whose minimum passes the limit
 * ends the search, so comparing against hundreds of stage names stays cheap.
 */
export function editDistanceAtMost(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** BuildKit's `matchCase`: an all-lower or all-upper value gets a suggestion in its casing. */
function matchCase(option: string, original: string): string {
  if (original === original.toLowerCase()) return option.toLowerCase();
  if (original === original.toUpperCase()) return option.toUpperCase();
  return option;
}

/**
 * The closest option to `value`, or `null`. Ties keep the first option, so callers pass
 * options in a stable order (BuildKit iterates Go maps, whose order is random).
 */
export function suggest(value: string, options: Iterable<string>, caseSensitive: boolean): string | null {
  if (value === '') return null;
  const wanted = caseSensitive ? value : value.toLowerCase();
  let match: string | null = null;
  let best = 3;
  for (const option of options) {
    const candidate = caseSensitive ? option : option.toLowerCase();
    // An exact match means the value is fine and the problem lies elsewhere.
    if (candidate === wanted) return null;
    const distance = editDistanceAtMost(wanted, candidate, best - 1);
    if (distance < best) {
      best = distance;
      match = caseSensitive ? option : matchCase(option, value);
    }
  }
  return match;
}
