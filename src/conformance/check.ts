/**
 * The conformance checks on one Dockerfile, as pure functions over its bytes and the core API.
 * The file-system side lives in `load.ts`, so these can be tested on inline inputs.
 */
import type { DockerfileAst } from '../dockerfile/ast.ts';
import { decodeUtf8, encodesTo } from './decode.ts';
import { describeDumpDifference, describeTextDifference, show } from './diff.ts';
import type { LineRange } from './files.ts';

/** The three core functions the checks exercise; injected so tests can pass a broken one. */
export interface ConformanceCore {
  parseDockerfile(text: string): DockerfileAst;
  printDockerfile(ast: DockerfileAst): string;
  dumpDockerfile(ast: DockerfileAst): string;
  /** The edit-command check (`edit-check.ts`): one message per failure. Skipped when absent. */
  checkEdits?(text: string): string[];
}

/** One Dockerfile and what is expected of it. */
export interface ConformanceCase {
  /** Shown in messages only. */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** The BuildKit dump (`result` file) it must produce, or `null` when there is none. */
  readonly expectedDump: string | null;
  /** The instructions' line ranges it must produce, or `null`. */
  readonly expectedLines: readonly LineRange[] | null;
  /** True when BuildKit rejects it: at least one error diagnostic is required. */
  readonly negative: boolean;
}

/** What went wrong with one case (nothing, when `failures` is empty). */
export interface ConformanceResult {
  readonly path: string;
  /** One short line per failed check. */
  readonly failures: readonly string[];
  /** Facts worth printing that are not failures (e.g. the file is not UTF-8). */
  readonly notes: readonly string[];
}

/** Runs every applicable check on one case. Never throws: a throwing core is a failure. */
export function checkCase(c: ConformanceCase, core: ConformanceCore): ConformanceResult {
  const failures: string[] = [];
  const notes: string[] = [];
  const { text, validUtf8 } = decodeUtf8(c.bytes);
  if (!validUtf8) notes.push('not valid UTF-8; round trip checked on the decoded text');

  let ast: DockerfileAst;
  try {
    ast = core.parseDockerfile(text);
  } catch (error) {
    return { path: c.path, failures: [`parseDockerfile threw: ${errorMessage(error)}`], notes };
  }

  const printed = (): string[] => checkRoundTrip(text, c.bytes, validUtf8, core.printDockerfile(ast));
  failures.push(...attempt('printDockerfile', printed));
  const { expectedDump, expectedLines } = c;
  if (expectedDump !== null) {
    const dumped = (): string[] => optional(describeDumpDifference(expectedDump, core.dumpDockerfile(ast)));
    failures.push(...attempt('dumpDockerfile', dumped));
  }
  if (c.negative) failures.push(...checkNegative(ast));
  const { checkEdits } = core;
  if (checkEdits !== undefined && !c.negative) failures.push(...attempt('edit commands', () => checkEdits(text)));
  if (expectedLines !== null) {
    failures.push(...optional(describeLineDifference(expectedLines, instructionLines(ast))));
  }
  return { path: c.path, failures, notes };
}

/**
 * The printer must give back the text exactly and, for valid UTF-8 input, the same bytes
 * once encoded (which catches a decoder that dropped a BOM).
 */
export function checkRoundTrip(
  text: string,
  bytes: Uint8Array,
  validUtf8: boolean,
  printed: string,
): string[] {
  const diff = describeTextDifference(text, printed);
  if (diff !== null) return [diff];
  if (validUtf8 && !encodesTo(printed, bytes)) return ['printed text re-encodes to different bytes'];
  return [];
}

/** A negative case passes when the parser reports at least one error. */
export function checkNegative(ast: DockerfileAst): string[] {
  if (ast.diagnostics.some((d) => d.severity === 'error')) return [];
  const others = ast.diagnostics.map((d) => `${d.severity} ${d.rule}`).join(', ');
  return [`expected an error diagnostic, got ${others === '' ? 'none' : others}`];
}

/** Each top-level instruction's [startLine, endLine]. */
export function instructionLines(ast: DockerfileAst): LineRange[] {
  return ast.instructions.map((i) => [i.startLine, i.endLine] as const);
}

/** The first instruction whose line range differs, or `null` when all agree. */
export function describeLineDifference(
  expected: readonly LineRange[],
  actual: readonly LineRange[],
): string | null {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const w = expected[i];
    const g = actual[i];
    if (w === undefined || g === undefined || w[0] !== g[0] || w[1] !== g[1]) {
      const fmt = (r: LineRange | undefined): string => (r === undefined ? '<none>' : `[${r[0]},${r[1]}]`);
      return `instruction ${i + 1} lines: expected ${fmt(w)}, got ${fmt(g)} (all: ${JSON.stringify(actual)})`;
    }
  }
  return null;
}

/**
 * Reads a `lines.json`: an array of `[start, end]` pairs of positive integers.
 * @throws Error when the file does not have that shape, so a broken fixture fails loudly.
 */
export function parseLinesJson(json: string): LineRange[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error('lines.json must be an array of [start, end] pairs');
  return value.map((pair: unknown, i) => {
    if (
      !Array.isArray(pair) ||
      pair.length !== 2 ||
      !pair.every((n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0)
    ) {
      throw new Error(`lines.json entry ${i} is not a [start, end] pair: ${show(JSON.stringify(pair))}`);
    }
    return [pair[0] as number, pair[1] as number] as const;
  });
}

/** Runs a check that calls the core; a throw becomes a failure naming the function. */
function attempt(what: string, check: () => string[]): string[] {
  try {
    return check();
  } catch (error) {
    return [`${what} threw: ${errorMessage(error)}`];
  }
}

function optional(message: string | null): string[] {
  return message === null ? [] : [message];
}

/** The message of anything thrown, Error or not. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
