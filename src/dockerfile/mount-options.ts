import type { Flag } from './ast.ts';

/** One `key=value` field of a `--mount` flag, with its offsets inside the flag's value. */
export interface MountOption {
  readonly key: string;
  readonly value: string;
  /** Offsets into the flag value string (not the source). */
  readonly from: number;
  readonly to: number;
}

/** A parsed `RUN --mount=…`. */
export interface Mount {
  readonly flag: Flag;
  /** `bind` unless `type=` says otherwise. */
  readonly type: string;
  readonly options: readonly MountOption[];
  /** The `from=` value, if any. */
  readonly from: MountOption | null;
}

/**
 * Splits a mount value as BuildKit does (`encoding/csv` fields of `key=value`), keeping
 * where each field sits so an edit can remove one.
 */
export function parseMountOptions(value: string): MountOption[] {
  const options: MountOption[] = [];
  let at = 0;
  while (at <= value.length) {
    const start = at;
    let field = '';
    let quoted = false;
    while (at < value.length) {
      const ch = value[at]!;
      if (ch === '"') {
        if (quoted && value[at + 1] === '"') {
          field += '"';
          at += 2;
          continue;
        }
        quoted = !quoted;
        at++;
        continue;
      }
      if (ch === ',' && !quoted) break;
      field += ch;
      at++;
    }
    if (field.length > 0) {
      const eq = field.indexOf('=');
      const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
      options.push({ key, value: eq < 0 ? '' : field.slice(eq + 1), from: start, to: at });
    }
    at++;
  }
  return options;
}

/** Reads a `--mount` flag. */
export function parseMount(flag: Flag): Mount {
  const options = parseMountOptions(flag.value ?? '');
  const type = options.find((o) => o.key === 'type')?.value.toLowerCase() ?? 'bind';
  return { flag, type, options, from: options.find((o) => o.key === 'from') ?? null };
}
