/**
 * Stagewright's command line: `npm run cli -- <graph|lint|dump> [options] <file|->`.
 * A thin front end on the core; it runs straight from the TypeScript sources through tsx.
 */
import { readFileSync } from 'node:fs';
import { analyzeDockerfile, createLineIndex, dumpDockerfile, graphToDot, graphToJson, graphToMermaid, parseDockerfile, positionAt } from './dockerfile/index.ts';
import type { Analysis } from './dockerfile/index.ts';

const USAGE = `Usage: stagewright <command> [options] <file|->

Commands:
  graph [--target NAME|INDEX] [--format json|dot|mermaid] <file|->   the stage graph
  lint [--format text|json] [--target NAME|INDEX] <file|->           findings; exit 1 on an error
  dump <file|->                                                       BuildKit's AST dump
`;

/** What one CLI run produced. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

interface ParsedArgs {
  readonly command: string;
  readonly options: ReadonlyMap<string, string>;
  readonly file: string | null;
}

function parseArgs(argv: readonly string[]): ParsedArgs | string {
  const [command, ...rest] = argv;
  if (command === undefined) return 'missing command';
  const options = new Map<string, string>();
  let file: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      if (eq > 0) options.set(arg.slice(2, eq), arg.slice(eq + 1));
      else {
        const value = rest[i + 1];
        if (value === undefined) return `option ${arg} needs a value`;
        options.set(arg.slice(2), value);
        i++;
      }
    } else if (file === null) file = arg;
    else return `unexpected argument: ${arg}`;
  }
  return { command, options, file };
}

function readInput(file: string, stdin: () => string): string {
  return file === '-' ? stdin() : readFileSync(file, 'utf8');
}

function targetOption(options: ReadonlyMap<string, string>): string | number | undefined {
  const target = options.get('target');
  if (target === undefined) return undefined;
  return /^\d+$/.test(target) ? Number(target) : target;
}

function lintText(analysis: Analysis, file: string): string {
  return analysis.diagnostics
    .map((d) => {
      const at = positionAt(analysis.lines, d.from);
      return `${file}:${at.line}:${at.column}: ${d.severity} ${d.rule}: ${d.message}`;
    })
    .join('\n');
}

function lintJson(analysis: Analysis): unknown[] {
  return analysis.diagnostics.map((d) => {
    const start = positionAt(analysis.lines, d.from);
    const end = positionAt(analysis.lines, d.to);
    return {
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      url: d.url,
    };
  });
}

/** Runs the CLI on `argv` (without node and script) and returns what it would print. */
export function runCli(argv: readonly string[], stdin: () => string = () => readFileSync(0, 'utf8')): CliResult {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') return { stdout: '', stderr: `stagewright: ${parsed}\n${USAGE}`, code: 2 };
  const { command, options, file } = parsed;
  if (command === 'help' || command === '--help') return { stdout: USAGE, stderr: '', code: 0 };
  if (!['graph', 'lint', 'dump'].includes(command)) {
    return { stdout: '', stderr: `stagewright: unknown command "${command}"\n${USAGE}`, code: 2 };
  }
  if (file === null) return { stdout: '', stderr: `stagewright: ${command} needs a file, or - for standard input\n${USAGE}`, code: 2 };
  let text: string;
  try {
    text = readInput(file, stdin);
  } catch (error) {
    return { stdout: '', stderr: `stagewright: cannot read ${file}: ${(error as Error).message}\n`, code: 2 };
  }
  const name = file === '-' ? '<stdin>' : file;
  if (command === 'dump') {
    const ast = parseDockerfile(text);
    const errors = ast.diagnostics.filter((d) => d.severity === 'error');
    const lines = createLineIndex(text);
    const stderr = errors.map((d) => `${name}:${positionAt(lines, d.from).line}: ${d.message}\n`).join('');
    return { stdout: dumpDockerfile(ast), stderr, code: errors.length > 0 ? 1 : 0 };
  }
  const target = targetOption(options);
  const analysis = analyzeDockerfile(text, { target });
  if (!analysis.targetFound) {
    return { stdout: '', stderr: `stagewright: target "${String(target)}" names no stage\n`, code: 2 };
  }
  if (command === 'graph') {
    const format = options.get('format') ?? 'json';
    if (format === 'json') return { stdout: JSON.stringify(graphToJson(analysis), null, 2) + '\n', stderr: '', code: 0 };
    if (format === 'dot') return { stdout: graphToDot(analysis), stderr: '', code: 0 };
    if (format === 'mermaid') return { stdout: graphToMermaid(analysis), stderr: '', code: 0 };
    return { stdout: '', stderr: `stagewright: unknown format "${format}" (json, dot or mermaid)\n`, code: 2 };
  }
  const format = options.get('format') ?? 'text';
  const failed = analysis.diagnostics.some((d) => d.severity === 'error');
  if (format === 'json') return { stdout: JSON.stringify(lintJson(analysis), null, 2) + '\n', stderr: '', code: failed ? 1 : 0 };
  if (format !== 'text') return { stdout: '', stderr: `stagewright: unknown format "${format}" (text or json)\n`, code: 2 };
  const out = lintText(analysis, name);
  return { stdout: out === '' ? '' : out + '\n', stderr: '', code: failed ? 1 : 0 };
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.[cm]?[jt]s$/.test(process.argv[1]);
if (invokedDirectly) {
  const result = runCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
