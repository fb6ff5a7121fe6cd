import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from '../edits/edit-result.ts';
import { editDistanceAtMost } from '../lint/rules/support/suggest.ts';
import { stageIndexBefore, type FindingRef } from './quick-fix.ts';

/** Farthest a stage name may be from the typed one to be offered (BuildKit's "did you mean"). */
const MAX_DISTANCE = 2;

/**
 * The stage name that a `--from` or `from=` naming no stage most likely meant: for a mount's
 * `from=<index>`, that stage's name; otherwise the closest earlier stage name (ties: the
 * nearest stage). `null` when none is close.
 */
export function nearestStageName(analysis: Analysis, finding: FindingRef): string | null {
  const value = analysis.ast.source.slice(finding.from, finding.to);
  const current = stageIndexBefore(analysis.model.stages, finding.from) ?? analysis.model.stages.length;
  const earlier = analysis.model.stages.filter((s) => s.index < current && s.displayName !== null);
  if (/^\d+$/.test(value)) return earlier.find((s) => s.index === Number(value))?.displayName ?? null;
  let best = MAX_DISTANCE + 1;
  let match: string | null = null;
  const wanted = value.toLowerCase();
  for (const stage of earlier.reverse()) {
    const distance = editDistanceAtMost(wanted, stage.name!, best - 1);
    if (distance < best) {
      best = distance;
      match = stage.displayName;
    }
  }
  return match;
}

/** FromIsImage: replaces the reference with the nearest stage name. */
export function useNearestStage(analysis: Analysis, finding: FindingRef): EditResult {
  const name = nearestStageName(analysis, finding);
  if (name === null) return refuse('No earlier stage has a name close to this one.');
  return { ok: true, changes: [{ from: finding.from, to: finding.to, insert: name }] };
}
