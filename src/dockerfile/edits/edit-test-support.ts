/**
 * Helpers for the edit commands' tests: apply a result, check its inverse, read the graph.
 * Imported only by `*.test.ts` files.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { analyzeDockerfile, type Analysis } from '../analyze.ts';
import { applyChanges, invertChanges } from './changes.ts';
import type { EditResult } from './edit-result.ts';

/** A fixture of `fixtures/edits/`. */
export function editFixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/edits/${name}`, import.meta.url), 'utf8');
}

/** The text after an edit that must succeed; checks that the inverse restores `text` exactly. */
export function applyEdit(text: string, result: EditResult): string {
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  const after = applyChanges(text, result.changes);
  expect(applyChanges(after, invertChanges(text, result.changes))).toBe(text);
  return after;
}

/** The refusal message of an edit that must be refused. */
export function refusal(result: EditResult): string {
  if (result.ok) throw new Error(`edit was not refused: ${JSON.stringify(result.changes)}`);
  return result.reason;
}

/** The stage-to-stage edges, as sorted `kind from->to` strings (ONBUILD ones marked). */
export function stageEdges(analysis: Analysis): string[] {
  return analysis.model.edges
    .filter((e) => e.from !== null)
    .map((e) => `${e.kind} ${e.from}->${e.to}${e.viaOnbuild ? ' onbuild' : ''}`)
    .sort();
}

/** The stage names, `null` for unnamed ones. */
export function stageNames(analysis: Analysis): (string | null)[] {
  return analysis.model.stages.map((s) => s.displayName);
}

/** Errors of a text: syntax and model problems. */
export function errorRules(analysis: Analysis): string[] {
  return analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
}

/** Analyses the text after an edit. */
export function reanalyze(text: string): Analysis {
  return analyzeDockerfile(text);
}
