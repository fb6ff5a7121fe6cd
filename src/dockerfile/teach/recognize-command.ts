/**
 * Recognising what a RUN command does, for the plain-language stage summary: package
 * installs (apk, apt-get, yum, dnf, pip, npm, yarn, pnpm, go, cargo) and builds (go,
 * cargo, npm/yarn/pnpm scripts, mvn, gradle, make).
 */

/** What a recognised command does. */
export const CommandAction = {
  /** Installs packages or tools into the stage. */
  install: 'install',
  /** Downloads dependencies without building (go mod download, cargo fetch, …). */
  fetch: 'fetch',
  /** Compiles or bundles the project. */
  build: 'build',
  /** Runs the project's tests or linters. */
  test: 'test',
} as const;
export type CommandAction = (typeof CommandAction)[keyof typeof CommandAction];

/** One command that the summary can put into words. */
export interface RecognizedCommand {
  /** The tool as the summary names it (`apt-get`, `pip`, `go`). */
  readonly tool: string;
  readonly action: CommandAction;
  /** What is installed or built: package names, `Python packages from requirements.txt`, … */
  readonly what: readonly string[];
  /** A short phrase: `gcc and libc6-dev with apt-get`, `go build -o /out/server`. */
  readonly phrase: string;
}

const PREFIXES = new Set(['sudo', 'env', 'exec', 'time', 'nice', 'command', 'nohup', 'xargs']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** Options whose next word is their value, per tool: those words are not package names. */
const VALUE_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  apk: new Set(['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch']),
  'apt-get': new Set(['-o', '-t', '--target-release', '-c', '--config-file']),
  yum: new Set(['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever']),
  dnf: new Set(['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever']),
  pip: new Set(['-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-t', '--target', '-f', '--find-links', '--prefix', '--root', '-e', '--editable']),
  npm: new Set(['--prefix', '-w', '--workspace', '--omit', '--include']),
  yarn: new Set(['--cwd', '--modules-folder']),
  pnpm: new Set(['--filter', '-F', '-C', '--dir', '--store-dir']),
  go: new Set(['-o', '-C', '-ldflags', '-gcflags', '-tags', '-mod', '-p', '-modfile', '-pkgdir', '-run', '-timeout', '-count']),
  cargo: new Set(['--version', '--git', '--branch', '--tag', '--rev', '--target', '-p', '--package', '--bin', '--features', '-F', '--manifest-path', '--target-dir', '--root', '--recipe-path', '--profile', '-j', '--jobs']),
  mvn: new Set(['-f', '--file', '-s', '--settings', '-pl', '--projects', '-P', '-T']),
  gradle: new Set(['-p', '--project-dir', '-x', '--exclude-task', '-g', '--gradle-user-home']),
  make: new Set(['-C', '-f', '--file', '-j', '--jobs', '-I']),
};

/** The tool a command word names: its file name, with version suffixes and wrappers folded. */
function toolOf(word: string): string {
  // tonistiigi/xx's cross-compiling wrappers (`xx-go`, `xx-apt-get`, `xx-apk`) run the tool they name.
  const base = word.slice(word.lastIndexOf('/') + 1).replace(/^xx-/, '');
  if (/^pip[0-9.]*$/.test(base)) return 'pip';
  if (base === 'apt') return 'apt-get';
  if (base === 'microdnf') return 'dnf';
  if (base === 'gradlew') return 'gradle';
  if (base === 'mvnw') return 'mvn';
  if (base === 'gmake') return 'make';
  return base;
}

/** Splits the words after the tool into option-free operands (values of known options dropped). */
function operands(tool: string, words: readonly string[]): { operands: string[]; options: Map<string, string> } {
  const takesValue = VALUE_OPTIONS[tool] ?? new Set<string>();
  const out: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.startsWith('-')) {
      const eq = word.indexOf('=');
      if (eq > 0) options.set(word.slice(0, eq), word.slice(eq + 1));
      else if (takesValue.has(word) && i + 1 < words.length) options.set(word, words[++i]!);
      else options.set(word, '');
      continue;
    }
    // `make CC=clang all`: assignments are settings, not targets.
    if (tool === 'make' && ASSIGNMENT.test(word)) continue;
    out.push(word);
  }
  return { operands: out, options };
}

function listed(items: readonly string[], limit = 6): string {
  const shown = items.slice(0, limit);
  const more = items.length - shown.length;
  const text = shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]!}`;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : text;
}

function install(tool: string, what: readonly string[], fallback: string): RecognizedCommand {
  const items = what.length > 0 ? what : [fallback];
  return { tool, action: CommandAction.install, what: items, phrase: `${listed(items)} with ${tool}` };
}

function make(tool: string, action: CommandAction, what: readonly string[], phrase: string): RecognizedCommand {
  return { tool, action, what, phrase };
}

function pipInstall(rest: readonly string[]): RecognizedCommand {
  const { operands: names, options } = operands('pip', rest);
  const files = [options.get('-r'), options.get('--requirement')].filter((f): f is string => f !== undefined && f !== '');
  const editable = options.get('-e') ?? options.get('--editable');
  const what = [...files.map((f) => `Python packages from ${f}`), ...names.map((n) => (n === '.' ? 'the project itself' : n))];
  if (editable !== undefined) what.push(`${editable === '.' ? 'the project' : editable} (editable)`);
  return install('pip', what, 'Python packages');
}

/** The script word after `npm run`/`yarn run`/`pnpm run`, or the bare script name. */
function scriptCommand(tool: string, sub: string, args: readonly string[], written: readonly string[]): RecognizedCommand | null {
  const script = sub === 'run' || sub === 'run-script' ? args[0] : sub;
  if (script === undefined) return null;
  const full = [tool, ...written].join(' ');
  if (/^(test|lint|check|e2e)/.test(script) || script === 't') return make(tool, CommandAction.test, [script], full);
  if (/build|compile|bundle|dist|prod|pack/.test(script)) return make(tool, CommandAction.build, [script], full);
  return null;
}

function nodeCommand(tool: 'npm' | 'yarn' | 'pnpm', rest: readonly string[]): RecognizedCommand | null {
  const { operands: words } = operands(tool, rest);
  const sub = words[0];
  const args = words.slice(1);
  const dependencies = 'the Node dependencies from package.json';
  if (sub === undefined) return tool === 'yarn' ? install(tool, [], dependencies) : null;
  if (sub === 'ci' || sub === 'fetch') return install(tool, [], dependencies);
  if (sub === 'install' || sub === 'i' || sub === 'add') return install(tool, args, dependencies);
  if (tool === 'npm' && sub === 'test') return make(tool, CommandAction.test, ['test'], 'npm test');
  if (tool === 'pnpm' && sub === 'exec') return null;
  return scriptCommand(tool, sub, args, rest);
}

function goCommand(rest: readonly string[]): RecognizedCommand | null {
  const sub = rest[0];
  const { operands: args, options } = operands('go', rest.slice(1));
  if (sub === 'mod' && args[0] === 'download') return make('go', CommandAction.fetch, ['Go modules'], 'Go modules (go mod download)');
  if (sub === 'install') return install('go', args, 'Go tools');
  if (sub === 'build') {
    const out = options.get('-o');
    const what = out === undefined ? args : [out];
    return make('go', CommandAction.build, what, `go build${out === undefined ? '' : ` -o ${out}`}`);
  }
  if (sub === 'test' || sub === 'vet') return make('go', CommandAction.test, args, `go ${sub}`);
  return null;
}

function cargoCommand(rest: readonly string[]): RecognizedCommand | null {
  const { operands: args, options } = operands('cargo', rest);
  const sub = args[0];
  const release = options.has('--release') ? ' --release' : '';
  if (sub === 'build') return make('cargo', CommandAction.build, [], `cargo build${release}`);
  if (sub === 'install') return install('cargo', args.slice(1).filter((a) => a !== '--path'), 'Rust tools');
  if (sub === 'fetch') return make('cargo', CommandAction.fetch, ['Rust crates'], 'Rust crates (cargo fetch)');
  if (sub === 'chef' && args[1] === 'cook') return make('cargo', CommandAction.build, ['dependencies'], `the Rust dependencies (cargo chef cook${release})`);
  if (sub === 'test' || sub === 'clippy') return make('cargo', CommandAction.test, [], `cargo ${sub}`);
  return null;
}

function mavenCommand(rest: readonly string[]): RecognizedCommand | null {
  const goals = operands('mvn', rest).operands;
  if (goals.some((g) => /^dependency:(go-offline|resolve)/.test(g))) return make('mvn', CommandAction.fetch, ['Maven dependencies'], 'Maven dependencies (mvn dependency:go-offline)');
  const build = goals.filter((g) => ['package', 'install', 'verify', 'compile', 'deploy'].includes(g) || /^spring-boot:/.test(g));
  if (build.length > 0) return make('mvn', CommandAction.build, build, `mvn ${goals.join(' ')}`);
  if (goals.includes('test')) return make('mvn', CommandAction.test, ['test'], 'mvn test');
  return null;
}

function gradleCommand(rest: readonly string[]): RecognizedCommand | null {
  const tasks = operands('gradle', rest).operands;
  if (tasks.length === 0) return null;
  if (tasks.every((t) => /test|check|lint/i.test(t))) return make('gradle', CommandAction.test, tasks, `gradle ${tasks.join(' ')}`);
  if (tasks.some((t) => /dependencies|download/i.test(t)) && !tasks.some((t) => /build|jar|assemble|install/i.test(t))) {
    return make('gradle', CommandAction.fetch, ['Gradle dependencies'], `Gradle dependencies (gradle ${tasks.join(' ')})`);
  }
  return make('gradle', CommandAction.build, tasks, `gradle ${tasks.join(' ')}`);
}

function systemInstall(tool: string, rest: readonly string[], verbs: readonly string[]): RecognizedCommand | null {
  const { operands: args } = operands(tool, rest);
  if (args.length === 0 || !verbs.includes(args[0]!)) return null;
  return install(tool, args.slice(1), 'packages');
}

/** What one simple command (its words) does, or `null` when it is none of the known tools. */
export function recognizeCommand(words: readonly string[]): RecognizedCommand | null {
  let start = 0;
  while (start < words.length && (PREFIXES.has(words[start]!) || ASSIGNMENT.test(words[start]!) || (words[start]!.startsWith('-') && start > 0 && PREFIXES.has(words[start - 1]!)))) start++;
  let tool = words[start] === undefined ? '' : toolOf(words[start]!);
  let rest = words.slice(start + 1);
  // `python -m pip install …`
  if (/^python[0-9.]*$/.test(tool) && rest[0] === '-m' && rest[1] !== undefined) {
    tool = toolOf(rest[1]);
    rest = rest.slice(2);
  }
  switch (tool) {
    case 'apk':
      return systemInstall('apk', rest, ['add']);
    case 'apt-get':
      return systemInstall('apt-get', rest, ['install']);
    case 'yum':
    case 'dnf':
      return systemInstall(tool, rest, ['install', 'groupinstall']);
    case 'pip':
      return operands('pip', rest).operands[0] === 'install' ? pipInstall(rest.slice(rest.indexOf('install') + 1)) : null;
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return nodeCommand(tool, rest);
    case 'go':
      return goCommand(rest);
    case 'cargo':
      return cargoCommand(rest);
    case 'mvn':
      return mavenCommand(rest);
    case 'gradle':
      return gradleCommand(rest);
    case 'make': {
      const targets = operands('make', rest).operands;
      return make('make', CommandAction.build, targets, targets.length === 0 ? 'make' : `make ${targets.join(' ')}`);
    }
    default:
      return null;
  }
}
