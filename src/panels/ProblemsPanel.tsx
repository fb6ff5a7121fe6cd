import './problems.css';
import { useCallback, useMemo, useState } from 'react';
import { useDeferredDocument, useDocumentStore } from '../store/document-context.ts';
import { problemLocation } from './problem-location.ts';
import { ProblemRow } from './ProblemRow.tsx';
import { sortProblems, type ProblemSortKey } from './sort-problems.ts';

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
  const analysis = useDeferredDocument((s) => s.analysis);
  const [sort, setSort] = useState<SortState>({ key: 'severity', descending: false });
  const rows = useMemo(
    () => sortProblems(analysis.diagnostics, sort.key, sort.descending).map((d) => ({ diagnostic: d, location: problemLocation(analysis, d) })),
    [analysis, sort],
  );

  const reveal = useCallback(
    (from: number, to: number, stage: number | null) => {
      const state = store.getState();
      if (stage !== null) state.selectStage(stage);
      state.revealRange(from, to);
    },
    [store],
  );

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
        {rows.map(({ diagnostic: d, location }) => (
          <ProblemRow
            key={`${d.rule}:${d.from}:${d.to}:${d.message}`}
            severity={d.severity}
            rule={d.rule}
            url={d.url}
            message={d.message}
            from={d.from}
            to={d.to}
            line={location.line}
            column={location.column}
            stage={location.stage}
            onReveal={reveal}
          />
        ))}
      </tbody>
    </table>
  );
}
