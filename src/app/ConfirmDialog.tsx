import './io.css';
import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { confirmRequests } from './confirm-request.ts';

/**
 * The confirmation dialog (see `askToConfirm`): a modal `<dialog>`, so focus stays inside
 * and Escape cancels. Cancel has the focus first: going ahead may discard work.
 */
export function ConfirmDialog() {
  const pending = useStore(confirmRequests, (s) => s.pending);
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (pending !== null && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (pending === null && dialog.open) dialog.close();
  }, [pending]);

  const options = pending?.options;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        pending?.answer(false);
      }}
    >
      {options === undefined ? null : (
        <>
          <h2 id={titleId}>{options.title}</h2>
          <p id={messageId}>{options.message}</p>
          {options.items !== undefined && options.items.length > 0 ? (
            <ul className="confirm-dialog__items">
              {options.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          ) : null}
          <div className="confirm-dialog__buttons">
            <button type="button" ref={cancelRef} onClick={() => pending?.answer(false)}>
              {options.cancelLabel ?? 'Cancel'}
            </button>
            <button type="button" className="is-primary" onClick={() => pending?.answer(true)}>
              {options.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
