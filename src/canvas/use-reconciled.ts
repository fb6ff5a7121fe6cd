import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * State that follows a derived value: when `derived` changes (by identity), the state
 * becomes `reconcile(current, derived)`, in the same render rather than in an effect, so
 * React Flow never sees a frame of outdated nodes. Between changes of `derived`, the setter
 * lets the view hold local changes (a node under the pointer, a measured size).
 */
export function useReconciled<T>(derived: T, reconcile: (current: T, derived: T) => T): [T, Dispatch<SetStateAction<T>>] {
  const [state, setState] = useState(() => ({ source: derived, value: derived }));
  let current = state;
  if (state.source !== derived) {
    current = { source: derived, value: reconcile(state.value, derived) };
    // Updating state while rendering is React's documented way to adjust state to new props.
    setState(current);
  }
  const [setter] = useState(() => (action: SetStateAction<T>) =>
    setState((s) => ({ source: s.source, value: typeof action === 'function' ? (action as (previous: T) => T)(s.value) : action })),
  );
  return [current.value, setter];
}
