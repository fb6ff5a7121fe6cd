/**
 * `npm run bench -- --json`: parser throughput on a large synthetic Dockerfile and on real
 * ones, against the dockerfile-ast package and a bare character scan, plus how parse time
 * grows with input size. Prints one JSON object (and, without `--json`, a table first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { isDockerfileName } from '../src/conformance/files.ts';
import { analyzeDockerfile, parseDockerfile } from '../src/dockerfile/index.ts';
import { generateSynthetic } from './synthetic.ts';

/** Throughput of each contender on one input, in MiB of UTF-8 per second. */
interface InputResult {
  bytes: number;
  parse_mib_s: number;
  full_mib_s: number;
  dockerfile_ast_mib_s: number;
  scan_mib_s: number;
}

/** The whole report, in the shape CI and the README read. */
interface BenchReport {
  inputs: { 'synthetic-2000-stages': InputResult; 'real-corpus': InputResult };
  scaling: { '1x_ms': number; '4x_ms': number; '16x_ms': number };
}

const MIN_RUNS = 5;
const MAX_RUNS = 30;
/** Keep timing past MIN_RUNS while a measure has used less than this, for a steadier median. */
const TARGET_MS = 400;

/** Written to by every measured call, so the engine cannot drop the work as unused. */
let sink = 0;

/** Median wall time of `fn` in ms, after a warm-up that lets the JIT settle. */
function medianMs(fn: () => number): number {
  const warmEnd = performance.now() + 150;
  for (let i = 0; i < 2 || performance.now() < warmEnd; i++) sink += fn();
  const times: number[] = [];
  let spent = 0;
  while (times.length < MIN_RUNS || (spent < TARGET_MS && times.length < MAX_RUNS)) {
    const t0 = performance.now();
    sink += fn();
    const dt = performance.now() - t0;
    times.push(dt);
    spent += dt;
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const at = (i: number): number => times[i] as number;
  return times.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** The floor: split into lines and read every character code. */
function scan(text: string): number {
  let sum = 0;
  for (const line of text.split('\n')) for (let i = 0; i < line.length; i++) sum += line.charCodeAt(i);
  return sum;
}

function mibPerSecond(bytes: number, ms: number): number {
  return round(bytes / (1024 * 1024) / (ms / 1000));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function measureInput(text: string): InputResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  return {
    bytes,
    parse_mib_s: mibPerSecond(bytes, medianMs(() => parseDockerfile(text).instructions.length)),
    full_mib_s: mibPerSecond(bytes, medianMs(() => analyzeDockerfile(text).diagnostics.length)),
    // dockerfile-ast splits arguments and flags lazily, in getters; parse() alone is timed.
    dockerfile_ast_mib_s: mibPerSecond(bytes, medianMs(() => DockerfileParser.parse(text).getComments().length)),
    scan_mib_s: mibPerSecond(bytes, medianMs(() => scan(text))),
  };
}

/**
 * The real Dockerfiles joined into one text: the shared corpus beside the repository when it
 * is there (a developer's machine, CI), else our own fixtures/real (a fresh clone).
 */
function realCorpus(): { text: string; source: string; files: number } {
  // The bench runs bundled from node_modules/.cache/bench (see scripts/bench.mjs), so the
  // repository is found from the working directory, which npm sets to the package root.
  const repo = process.cwd();
  const shared = join(repo, '..', 'shared', 'corpus', 'real');
  const dir = existsSync(shared) ? shared : join(repo, 'fixtures', 'real');
  const names = readdirSync(dir).filter(isDockerfileName).sort();
  // Each file ends with a newline so the next one starts on its own line.
  const text = names
    .map((n) => {
      const t = readFileSync(join(dir, n), 'utf8');
      return t.endsWith('\n') ? t : `${t}\n`;
    })
    .join('');
  return { text, source: dir, files: names.length };
}

function main(): void {
  const json = process.argv.includes('--json');
  const started = performance.now();
  // 125, 500 and 2000 stages: 1x, 4x and 16x the size.
  const small = generateSynthetic(125);
  const medium = generateSynthetic(500);
  const synthetic = generateSynthetic(2000);
  const real = realCorpus();
  const report: BenchReport = {
    inputs: { 'synthetic-2000-stages': measureInput(synthetic), 'real-corpus': measureInput(real.text) },
    scaling: {
      '1x_ms': round(medianMs(() => parseDockerfile(small).instructions.length)),
      '4x_ms': round(medianMs(() => parseDockerfile(medium).instructions.length)),
      '16x_ms': round(medianMs(() => parseDockerfile(synthetic).instructions.length)),
    },
  };
  if (!json) printTable(report, real, performance.now() - started);
  console.log(JSON.stringify(report, null, json ? undefined : 2));
}

function printTable(r: BenchReport, real: { source: string; files: number }, totalMs: number): void {
  const header = ['input', 'bytes', 'parse', 'full', 'dockerfile-ast', 'scan'];
  const rows = Object.entries(r.inputs).map(([name, v]) => {
    const speeds = [v.parse_mib_s, v.full_mib_s, v.dockerfile_ast_mib_s, v.scan_mib_s];
    return [name, String(v.bytes), ...speeds.map((n) => n.toFixed(2))];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log('Throughput in MiB/s (median of at least 5 runs after a warm-up)');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(`real-corpus: ${real.files} files from ${real.source}`);
  const s = r.scaling;
  console.log(`parse time, synthetic 125 / 500 / 2000 stages: ${s['1x_ms']} / ${s['4x_ms']} / ${s['16x_ms']} ms`);
  console.log(`bench took ${(totalMs / 1000).toFixed(1)} s`);
  console.log('');
}

main();
