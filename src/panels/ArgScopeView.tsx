import { useMemo } from 'react';
import { argScope, ArgOrigin } from '../dockerfile/teach/arg-scope.ts';
import { useDocument, useDeferredDocument } from '../store/document-context.ts';

const ORIGIN_LABELS: Readonly<Record<ArgOrigin, string>> = {
  [ArgOrigin.global]: 'global, declared again here',
  [ArgOrigin.predefined]: 'predefined, declared here',
  [ArgOrigin.stage]: 'this stage',
  [ArgOrigin.inherited]: 'inherited through FROM',
};

/** The ARGs one stage can see, the global ones it cannot, and uses of global ARGs it forgot to declare. */
export function ArgScopeView({ index }: { readonly index: number }) {
  const analysis = useDeferredDocument((s) => s.graphAnalysis);
  const stale = useDocument((s) => s.stale);
  const revealRange = useDocument((s) => s.revealRange);
  const scope = useMemo(() => argScope(analysis).stages[index], [analysis, index]);
  if (scope === undefined) return null;
  return (
    <section className="arg-scope" aria-label="ARG scope">
      <h3>ARG scope</h3>
      {scope.visible.length === 0 ? (
        <p className="teach-note">No ARG is visible in this stage.</p>
      ) : (
        <table className="arg-scope__visible">
          <thead>
            <tr>
              <th scope="col">ARG</th>
              <th scope="col">Declared</th>
              <th scope="col">Default</th>
            </tr>
          </thead>
          <tbody>
            {scope.visible.map((arg) => (
              <tr key={arg.name} data-arg={arg.name} data-origin={arg.origin}>
                <td>
                  <code>{arg.name}</code>
                </td>
                <td>{ORIGIN_LABELS[arg.origin]}</td>
                <td>{arg.value === null ? <span className="teach-note">none</span> : <code>{arg.value}</code>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {scope.globalOnly.length > 0 ? (
        <p className="teach-note" data-global-only>
          Global, usable only in FROM lines here: {scope.globalOnly.join(', ')}.
        </p>
      ) : null}
      {scope.mistakes.length > 0 ? (
        <ul className="arg-scope__mistakes" aria-label="ARG mistakes">
          {scope.mistakes.map((mistake) => (
            <li key={`${mistake.range.from}`} data-arg-mistake={mistake.name}>
              <span aria-hidden="true">⚠ </span>
              {mistake.message}{' '}
              <button type="button" disabled={stale} onClick={() => revealRange(mistake.range.from, mistake.range.to)}>
                Show
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
