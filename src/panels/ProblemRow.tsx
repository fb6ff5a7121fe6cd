import { memo, type KeyboardEvent } from 'react';
import type { Severity } from '../dockerfile/ast.ts';
import { SEVERITY_ICONS, SEVERITY_LABELS } from '../app/severity-display.ts';

interface Props {
  readonly severity: Severity;
  readonly rule: string;
  readonly url: string;
  readonly message: string;
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly column: number;
  readonly stage: number | null;
  /** Shows the finding in the editor and selects its stage. Must be stable across renders. */
  readonly onReveal: (from: number, to: number, stage: number | null) => void;
}

/**
 * One finding of the Problems panel. Memoised on plain values: a keystroke re-analyses the
 * whole text, but only the rows whose finding really changed render again.
 */
export const ProblemRow = memo(function ProblemRow({ severity, rule, url, message, from, to, line, column, stage, onReveal }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onReveal(from, to, stage);
      return;
    }
    // Up and down walk the list, as in an editor's problems view.
    const next = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.key === 'ArrowUp' ? event.currentTarget.previousElementSibling : null;
    if (next instanceof HTMLElement) {
      event.preventDefault();
      next.focus();
    }
  };
  return (
    <tr
      tabIndex={0}
      className={`problems-row problems-row--${severity}`}
      data-rule={rule}
      data-line={line}
      title={`Show line ${line} in the editor`}
      onClick={() => onReveal(from, to, stage)}
      onKeyDown={onKeyDown}
    >
      <td className="problems-severity">
        <span aria-hidden="true" className="problems-icon">
          {SEVERITY_ICONS[severity]}
        </span>{' '}
        {SEVERITY_LABELS[severity]}
      </td>
      <td className="problems-rule">
        <a href={url} target="_blank" rel="noreferrer" onClick={(event) => event.stopPropagation()} title={`About ${rule}`}>
          {rule}
        </a>
      </td>
      <td className="problems-message">{message}</td>
      <td className="problems-line">
        Ln {line}, Col {column}
      </td>
    </tr>
  );
});
