import { createStore } from 'zustand/vanilla';

/** A short message that does not interrupt: "Copied", "Storage is full". */
export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'error';
}

/** The notice on screen, if any. */
export const notices = createStore<{ readonly current: Notice | null }>()(() => ({ current: null }));

let nextId = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

/** Shows `text` for a few seconds (errors stay longer, so they can be read). */
export function showNotice(text: string, tone: Notice['tone'] = 'info'): void {
  if (timer !== null) clearTimeout(timer);
  const notice = { id: ++nextId, text, tone };
  notices.setState({ current: notice });
  timer = setTimeout(() => {
    if (notices.getState().current?.id === notice.id) notices.setState({ current: null });
  }, tone === 'error' ? 10_000 : 2_500);
}

/** Hides the notice now. */
export function dismissNotice(): void {
  notices.setState({ current: null });
}
