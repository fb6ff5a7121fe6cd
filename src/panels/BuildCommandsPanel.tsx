import './build-commands.css';
import { useMemo } from 'react';
import { buildCommands } from '../io/build-commands.ts';
import { copyToClipboard } from '../io/copy-to-clipboard.ts';
import { showNotice } from '../app/notices.ts';
import { useDeferredDocument } from '../store/document-context.ts';

/**
 * `docker build --target <stage> .` for each stage, with the stages that build runs: what
 * `--target` means, shown on this file. A stage with no name cannot be a target.
 */
export function BuildCommandsPanel() {
  const analysis = useDeferredDocument((s) => s.graphAnalysis);
  const commands = useMemo(() => buildCommands(analysis), [analysis]);
  if (commands.length === 0) return <p className="build-commands__empty">No stages yet. A FROM line starts one.</p>;
  return (
    <table className="build-commands">
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Command</th>
          <th scope="col">Builds</th>
        </tr>
      </thead>
      <tbody>
        {commands.map((c) => (
          <tr key={c.stage} data-build-stage={c.label}>
            <th scope="row">
              {c.label}
              {c.isDefault ? <span className="build-commands__default"> (default: docker build .)</span> : null}
            </th>
            <td>
              {c.command === null ? (
                <span className="build-commands__none">No name, so no --target: add “AS name” to its FROM</span>
              ) : (
                <span className="build-commands__line">
                  <code>{c.command}</code>
                  <button
                    type="button"
                    aria-label={`Copy: ${c.command}`}
                    onClick={() =>
                      void copyToClipboard(c.command ?? '').then(
                        () => showNotice('Copied build command'),
                        (error: unknown) => showNotice(error instanceof Error ? error.message : 'Copying failed.', 'error'),
                      )
                    }
                  >
                    Copy
                  </button>
                </span>
              )}
            </td>
            <td data-builds>{c.builds.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
