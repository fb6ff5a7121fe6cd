import type { Directive } from '../ast.ts';

/** What `# check=skip=…;error=true` asks for. */
export interface CheckDirective {
  /** Rule names to skip; `all` skips every rule. */
  readonly skip: ReadonlySet<string>;
  readonly skipAll: boolean;
  /** `error=true`: BuildKit fails the build on any finding, so findings are errors. */
  readonly error: boolean;
  /** `experimental=…`: experimental rules to run; `all` runs every one. */
  readonly experimental: ReadonlySet<string>;
  readonly experimentalAll: boolean;
}

/** Reads BuildKit's `check` directive value. Unknown keys are ignored, as BuildKit does. */
export function parseCheckDirective(directives: readonly Directive[]): CheckDirective {
  const directive = directives.find((d) => d.name === 'check');
  const skip = new Set<string>();
  let skipAll = false;
  let error = false;
  const experimental = new Set<string>();
  let experimentalAll = false;
  if (directive !== undefined) {
    for (const part of directive.value.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      const key = part.slice(0, eq).trim().toLowerCase();
      const value = part.slice(eq + 1).trim();
      if (key === 'skip') {
        for (const name of value.split(',')) {
          const rule = name.trim();
          if (rule.toLowerCase() === 'all') skipAll = true;
          else if (rule !== '') skip.add(rule);
        }
      } else if (key === 'error') error = value.toLowerCase() === 'true';
      else if (key === 'experimental') {
        for (const name of value.split(',')) {
          const rule = name.trim();
          if (rule.toLowerCase() === 'all') experimentalAll = true;
          else if (rule !== '') experimental.add(rule);
        }
      }
    }
  }
  return { skip, skipAll, error, experimental, experimentalAll };
}
