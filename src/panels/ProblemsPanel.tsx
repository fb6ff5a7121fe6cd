import './problems.css';
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Diagnostic } from '../dockerfile/ast.ts';
import { useDocument, useDocumentStore } from '../store/document-context.ts';
import { problemLocation } from './problem-location.ts';
import { SEVERITY_ICONS, SEVERITY_LABELS, sortProblems, type ProblemSortKey } from './sort-problems.ts';

interface SortState {
  readonly key: ProblemSortKey;
  readonly descending: boolean;
}

const COLUMNS: readonly { readonly key: ProblemSortKey | null; readonly label: string }[] = [
  { key: 'severity', label: 'Severity' },
  { key: 'rule', label: 'Rule' },
  { key: null, label: 'Message' },
  { key: 'line', label: 'Line' },
];

/**
 * Every finding of the document: severity (icon and text), rule, message and line. Sorted
 * by severity then line; a column header sorts by that column (again: the other way).
 * Clicking a finding, or Enter on it, shows it in the editor and selects its stage; the
 * arrow keys move between findings.
 */
export function ProblemsPanel() {
  const store = useDocumentStore();
  const analysis = useDocument((s) => s.analysis);
  const [sort, setSort] = useState<SortState>({ key: 'severity', descending: false });
  const rows = useMemo(
    () => sortProblems(analysis.diagnostics, sort.key, sort.descending).map((d) => ({ diagnostic: d, location: problemLocation(analysis, d) })),
    [analysis, sort],
  );

  const reveal = (diagnostic: Diagnostic, stage: number | null) => {
    const state = store.getState();
    if (stage !== null) state.selectStage(stage);
    state.revealRange(diagnostic.from, diagnostic.to, diagnostic.from);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, diagnostic: Diagnostic, stage: number | null) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      reveal(diagnostic, stage);
      return;
    }
    // Up and down walk the list, as in an editor's problems view.
    const next = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.key === 'ArrowUp' ? event.currentTarget.previousElementSibling : null;
    if (next instanceof HTMLElement) {
      event.preventDefault();
      next.focus();
    }
  };

  if (rows.length === 0) return <p className="problems-empty">No problems found.</p>;
  return (
    <table className="problems" aria-label="Findings">
      <thead>
        <tr>
          {COLUMNS.map(({ key, label }) => {
            const sorted = key !== null && sort.key === key;
            return (
              <th key={label} scope="col" aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                {key === null ? (
                  label
                ) : (
                  <button type="button" className="problems-sort" onClick={() => setSort({ key, descending: sorted && !sort.descending })}>
                    {label}
                    <span aria-hidden="true">{sorted ? (sort.descending ? ' ▾' : ' ▴') : ''}</span>
                  </button>
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ diagnostic, location }) => (
          <tr
            key={`${diagnostic.rule}:${diagnostic.from}:${diagnostic.to}:${diagnostic.message}`}
            tabIndex={0}
            className={`problems-row problems-row--${diagnostic.severity}`}
            data-rule={diagnostic.rule}
            data-line={location.line}
            title={`Show line ${location.line} in the editor`}
            onClick={() => reveal(diagnostic, location.stage)}
            onKeyDown={(event) => onKeyDown(event, diagnostic, location.stage)}
          >
            <td className="problems-severity">
              <span aria-hidden="true" className="problems-icon">
                {SEVERITY_ICONS[diagnostic.severity]}
              </span>{' '}
              {SEVERITY_LABELS[diagnostic.severity]}
            </td>
            <td className="problems-rule">
              <a href={diagnostic.url} target="_blank" rel="noreferrer" onClick={(event) => event.stopPropagation()} title={`About ${diagnostic.rule}`}>
                {diagnostic.rule}
              </a>
            </td>
            <td className="problems-message">{diagnostic.message}</td>
            <td className="problems-line">
              Ln {location.line}, Col {location.column}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
