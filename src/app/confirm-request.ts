import { createStore } from 'zustand/vanilla';

/** What a confirmation dialog asks. */
export interface ConfirmOptions {
  readonly title: string;
  readonly message: string;
  /** Lines listed under the message (the findings that block an export). */
  readonly items?: readonly string[];
  /** The label of the button that goes ahead ("Discard changes", "Export anyway"). */
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
}

/** The question on screen, and how to answer it. */
export interface PendingConfirm {
  readonly options: ConfirmOptions;
  readonly answer: (confirmed: boolean) => void;
}

/** The one confirmation that can be open at a time. */
export const confirmRequests = createStore<{ readonly pending: PendingConfirm | null }>()(() => ({ pending: null }));

/**
 * Asks the user in an in-app dialog (not `window.confirm`, which blocks the page and cannot be
 * styled or tested). Resolves to true when they go ahead. A new question answers an open
 * one with "cancel".
 */
export function askToConfirm(options: ConfirmOptions): Promise<boolean> {
  confirmRequests.getState().pending?.answer(false);
  return new Promise((resolve) => {
    const answer = (confirmed: boolean) => {
      if (confirmRequests.getState().pending?.answer === answer) confirmRequests.setState({ pending: null });
      resolve(confirmed);
    };
    confirmRequests.setState({ pending: { options, answer } });
  });
}
