/**
 * The OS and architecture of a `--platform` value, as containerd's `platforms.Parse`
 * reads it, or `null` where it fails. A lone OS or architecture is completed with the
 * builder's own, taken here as linux/amd64.
 */

const KNOWN_OS: ReadonlySet<string> = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux',
  'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);
const KNOWN_ARCH: ReadonlySet<string> = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64',
  'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x',
  'sparc', 'sparc64', 'wasm',
]);
const OS_AND_VERSION = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$/;
const COMPONENT = /^[A-Za-z0-9_.-]+$/;

function normalizeOS(os: string): string {
  const lower = os.toLowerCase();
  return lower === 'macos' ? 'darwin' : lower;
}

function normalizeArch(arch: string): string {
  const lower = arch.toLowerCase();
  if (lower === 'i386') return '386';
  if (lower === 'x86_64' || lower === 'x86-64') return 'amd64';
  if (lower === 'aarch64') return 'arm64';
  if (lower === 'armhf' || lower === 'armel') return 'arm';
  return lower;
}

/** An OS and architecture. */
export interface Platform {
  readonly os: string;
  readonly architecture: string;
}

/** Parses `os[/arch[/variant]]`; `null` when containerd would refuse it. */
export function parsePlatform(specifier: string): Platform | null {
  if (specifier.includes('*')) return null;
  const parts = specifier.split('/');
  if (parts.length > 3) return null;
  const osMatch = OS_AND_VERSION.exec(parts[0]!);
  if (osMatch === null || !parts.slice(1).every((part) => COMPONENT.test(part))) return null;
  const os = normalizeOS(osMatch[1]!);
  if (parts.length === 1) {
    if (KNOWN_OS.has(os)) return { os, architecture: 'amd64' };
    const architecture = normalizeArch(parts[0]!);
    return KNOWN_ARCH.has(architecture) ? { os: 'linux', architecture } : null;
  }
  return { os, architecture: normalizeArch(parts[1]!) };
}
