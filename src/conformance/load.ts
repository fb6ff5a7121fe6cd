/**
 * Reading one Dockerfile and its expectations (`result`, `lines.json`) from disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ConformanceCase } from './check.ts';
import { parseLinesJson } from './check.ts';
import { decodeUtf8 } from './decode.ts';
import { builtinExpectedLines, isNegativePath, sibling } from './files.ts';

/**
 * Builds the case for the Dockerfile at `path`. A `result` beside it is the expected dump
 * only when the Dockerfile is named exactly `Dockerfile`, as in BuildKit's `testfiles/`;
 * otherwise two Dockerfiles in one folder would share it.
 */
export function loadCase(path: string): ConformanceCase {
  const bytes = new Uint8Array(readFileSync(path));
  const own = /(^|[\\/])Dockerfile$/.test(path);
  const resultPath = sibling(path, 'result');
  const linesPath = sibling(path, 'lines.json');
  const expectedDump = own && existsSync(resultPath) ? decodeUtf8(readFileSync(resultPath)).text : null;
  const expectedLines =
    own && existsSync(linesPath)
      ? parseLinesJson(readFileSync(linesPath, 'utf8'))
      : builtinExpectedLines(path);
  return { path, bytes, expectedDump, expectedLines, negative: isNegativePath(path) };
}
