/**
 * `npm run conformance -- <dir>...`: checks every Dockerfile under the given folders against
 * BuildKit's behaviour (round trip, `result` dumps, negative cases, line numbers), and runs the
 * edit commands on each (graph after the edit, exact inverse).
 * See `src/conformance/` for the checks. Prints `N passed, M failed` last; exits 1 on failure.
 */
import { dumpDockerfile, parseDockerfile, printDockerfile } from './dockerfile/index.ts';
import { checkEditCommands } from './conformance/edit-check.ts';
import { exitCode, formatSummary, runConformance } from './conformance/run.ts';

const roots = process.argv.slice(2).filter((a) => a !== '--');
if (roots.length === 0) {
  console.error('usage: npm run conformance -- <dir>...');
  process.exit(1);
}
const summary = runConformance(roots, { parseDockerfile, printDockerfile, dumpDockerfile, checkEdits: checkEditCommands }, (line) => {
  console.log(line);
});
console.log(formatSummary(summary));
process.exitCode = exitCode(summary);
