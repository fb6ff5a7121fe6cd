/**
 * The conformance run over folders: find, check, print one line per failure and a summary.
 */
import type { ConformanceCore, ConformanceResult } from './check.ts';
import { checkCase, errorMessage } from './check.ts';
import { findDockerfiles } from './files.ts';
import { loadCase } from './load.ts';

/** Counts of a finished run. */
export interface ConformanceSummary {
  readonly passed: number;
  readonly failed: number;
}

/** Where the run writes its lines; stdout in the CLI, an array in tests. */
export type LineSink = (line: string) => void;

/** The closing line, exactly `N passed, M failed`. */
export function formatSummary(s: ConformanceSummary): string {
  return `${s.passed} passed, ${s.failed} failed`;
}

/** The lines printed for one result: one `FAIL` line per failure, one `NOTE` line per note. */
export function formatResult(r: ConformanceResult): string[] {
  return [...r.failures.map((f) => `FAIL ${r.path}: ${f}`), ...r.notes.map((n) => `NOTE ${r.path}: ${n}`)];
}

/**
 * Checks every Dockerfile under `roots`. A root that cannot be read, or a case whose
 * expectations cannot be loaded, counts as one failure.
 */
export function runConformance(
  roots: readonly string[],
  core: ConformanceCore,
  out: LineSink,
): ConformanceSummary {
  let passed = 0;
  let failed = 0;
  for (const root of roots) {
    let paths: string[];
    try {
      paths = findDockerfiles(root);
    } catch (error) {
      out(`FAIL ${root}: cannot read: ${errorMessage(error)}`);
      failed++;
      continue;
    }
    for (const path of paths) {
      let result: ConformanceResult;
      try {
        result = checkCase(loadCase(path), core);
      } catch (error) {
        result = { path, failures: [`cannot load: ${errorMessage(error)}`], notes: [] };
      }
      for (const line of formatResult(result)) out(line);
      if (result.failures.length === 0) passed++;
      else failed++;
    }
  }
  return { passed, failed };
}

/** The process exit code: 1 on any failure, and also when no Dockerfile was found at all. */
export function exitCode(s: ConformanceSummary): number {
  return s.failed > 0 || s.passed === 0 ? 1 : 0;
}
