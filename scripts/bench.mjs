// `npm run bench`: bundles the benchmark with Vite (as the app's code ships: one module, no
// dev-time transform) into node_modules/.cache/bench and runs it with the given arguments.
// Under tsx the same code runs about half as fast, because of its per-function wrappers.
import { spawnSync } from 'node:child_process';

const outDir = 'node_modules/.cache/bench';
const built = spawnSync('npx', ['vite', 'build', '--ssr', 'bench/parse.bench.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
const run = spawnSync(process.execPath, [`${outDir}/parse.bench.js`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
