import type { DockerfileAst } from '../dockerfile/ast.ts';
import { parseCheckDirective } from '../dockerfile/lint/check-directive.ts';

/** What the file's `# check=` directive does, for the Lint settings panel. */
export interface CheckDirectiveSummary {
  /** The directive as written (`skip=…;error=true`), or `null` when the file has none. */
  readonly value: string | null;
  /** Rules skipped by name. */
  readonly skipped: ReadonlySet<string>;
  /** `skip=all`. */
  readonly skipAll: boolean;
  /** `error=true`: BuildKit's warnings count as errors. */
  readonly error: boolean;
}

/** Reads the `# check=` directive the way the lint engine does. */
export function checkDirectiveSummary(ast: DockerfileAst): CheckDirectiveSummary {
  const directive = ast.directives.find((d) => d.name === 'check');
  const check = parseCheckDirective(ast.directives);
  return { value: directive?.value ?? null, skipped: check.skip, skipAll: check.skipAll, error: check.error };
}

/** True when the directive keeps a BuildKit rule from running. */
export function skippedByFile(summary: CheckDirectiveSummary, rule: { readonly name: string; readonly source: string }): boolean {
  return rule.source === 'buildkit' && (summary.skipAll || summary.skipped.has(rule.name));
}
