import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from '../edits/edit-result.ts';
import { instructionAt } from '../language/syntax-at.ts';
import type { FindingRef } from './quick-fix.ts';

/**
 * LegacyKeyValueFormat: `ENV key some value` becomes `ENV key="some value"` (no quotes when
 * the value is one word). A value with quotes or backslashes is left to the user, since
 * quoting would change how BuildKit reads it.
 */
export function legacyKeyValueToEquals(analysis: Analysis, finding: FindingRef): EditResult {
  const instruction = instructionAt(analysis.ast, finding.from);
  const pair = instruction?.keyValues.find((p) => p.keyRange.from === finding.from && p.separator === '');
  if (pair === undefined) return refuse('There is no legacy key/value pair here.');
  const { source } = analysis.ast;
  const value = source.slice(pair.valueRange.from, pair.valueRange.to);
  if (/["'\\]/.test(value)) return refuse('The value holds quotes or backslashes; write it as key=value by hand.');
  const insert = /\s/.test(value) || value === '' ? `="${value}"` : `=${value}`;
  return { ok: true, changes: [{ from: pair.keyRange.to, to: pair.valueRange.to, insert }] };
}
