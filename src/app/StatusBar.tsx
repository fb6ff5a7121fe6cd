import { useDocument } from '../store/document-context.ts';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Stage count, problem counts, and whether the canvas is showing an older graph. */
export function StatusBar() {
  const stages = useDocument((s) => s.analysis.model.stages.length);
  const diagnostics = useDocument((s) => s.analysis.diagnostics);
  const stale = useDocument((s) => s.stale);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const infos = diagnostics.length - errors - warnings;
  return (
    <footer className="status-bar" role="status" aria-label="Status">
      <span data-status="stages">{plural(stages, 'stage')}</span>
      <span data-status="errors" className={errors > 0 ? 'has-errors' : undefined}>
        {plural(errors, 'error')}
      </span>
      <span data-status="warnings">{plural(warnings, 'warning')}</span>
      <span data-status="infos">{plural(infos, 'hint')}</span>
      {stale ? <span data-status="stale">Graph paused while the text has errors</span> : null}
    </footer>
  );
}
