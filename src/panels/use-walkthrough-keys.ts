import { useCallback, type KeyboardEvent } from 'react';
import type { WalkthroughPlayer } from './use-walkthrough-player.ts';

/** The walkthrough's keys, shown on its buttons (`aria-keyshortcuts` and tooltips). */
export const WALKTHROUGH_KEYS = { play: 'P', step: 'ArrowRight', back: 'ArrowLeft', reset: 'Escape' } as const;

/**
 * Keys for the walkthrough while focus is in the Build plan panel: → steps, ← steps back,
 * P plays or pauses, Esc resets. Scoped to the panel, so typing elsewhere never drives it;
 * keys with a modifier, and keys in a text field, are left alone.
 */
export function useWalkthroughKeys(player: WalkthroughPlayer): (event: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]') !== null) return;
      const none = player.steps.length === 0;
      if (event.key === WALKTHROUGH_KEYS.step) {
        if (!none && !player.playing) player.next();
      } else if (event.key === WALKTHROUGH_KEYS.back) {
        player.previous();
      } else if (event.key.toUpperCase() === WALKTHROUGH_KEYS.play && !event.shiftKey) {
        if (player.playing) player.pause();
        else if (!none) player.play();
      } else if (event.key === WALKTHROUGH_KEYS.reset) {
        if (player.step === null && !player.playing) return;
        player.reset();
      } else {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    },
    [player],
  );
}
