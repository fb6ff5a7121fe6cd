/**
 * Finding the Dockerfiles that the conformance run checks, and the files that sit beside them.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** Folders never worth walking into. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/**
 * Whether a file name names a Dockerfile: `Dockerfile`, `Dockerfile.*` (and `Dockerfile-*`,
 * `Dockerfile_*`), or `*.Dockerfile` (any case of the extension, as Compose projects write
 * `base.dockerfile`).
 *
 * The real-world corpus stores each file under its flattened repository path
 * (`docker__cli__dockerfiles__Dockerfile.dev`), so `__` counts as a path separator: the
 * last `__` segment is matched too. Without that, most of the corpus would be skipped.
 */
export function isDockerfileName(name: string): boolean {
  const cut = name.lastIndexOf('__');
  const last = cut >= 0 ? name.slice(cut + 2) : name;
  return [name, last].some(
    (n) => n === 'Dockerfile' || /^Dockerfile[._-]./.test(n) || /.\.dockerfile$/i.test(n),
  );
}

/**
 * Every Dockerfile under `root` (or `root` itself when it is a file), sorted so that runs
 * print in the same order on every machine.
 */
export function findDockerfiles(root: string): string[] {
  if (statSync(root).isFile()) return [root];
  const found: string[] = [];
  const entries = readdirSync(root, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) found.push(...findDockerfiles(path));
    } else if (entry.isFile() && isDockerfileName(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

/** The folder names along a path, split on either separator so Windows paths work too. */
export function pathSegments(path: string): string[] {
  return path.split(sep === '\\' ? /[\\/]/ : '/').filter((s) => s !== '');
}

/**
 * True for inputs that BuildKit's parser must reject: anything under a folder named
 * `testfiles-negative` (BuildKit's corpus) or `negative` (our fixtures).
 */
export function isNegativePath(path: string): boolean {
  return pathSegments(path)
    .slice(0, -1)
    .some((s) => s === 'testfiles-negative' || s === 'negative');
}

/** An instruction's first and last line, 1-based. */
export type LineRange = readonly [start: number, end: number];

/** BuildKit's line-number test (`frontend/dockerfile/parser/parser_test.go`, TestLineInformation). */
const BUILDKIT_LINE_TEST: readonly LineRange[] = [
  [5, 5],
  [11, 12],
  [17, 31],
];

/**
 * The line ranges hard-coded for the corpus copy of BuildKit's line-number test
 * (`…/buildkit/line/Dockerfile`), which has no `lines.json` beside it; `null` otherwise.
 */
export function builtinExpectedLines(path: string): readonly LineRange[] | null {
  const segs = pathSegments(path);
  const tail = segs.slice(-3).join('/');
  return tail === 'buildkit/line/Dockerfile' ? BUILDKIT_LINE_TEST : null;
}

/** The path of a file named `name` in the same folder as `path`. */
export function sibling(path: string, name: string): string {
  return join(dirname(path), name);
}
