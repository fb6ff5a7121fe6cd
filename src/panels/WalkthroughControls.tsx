import { WALKTHROUGH_KEYS } from './use-walkthrough-keys.ts';
import type { WalkthroughPlayer } from './use-walkthrough-player.ts';

/**
 * Play, Step and Reset for the build walkthrough, and its caption. The caption is a polite
 * live region, so a screen reader reads each step as it comes.
 */
export function WalkthroughControls({ player }: { readonly player: WalkthroughPlayer }) {
  const { steps, step, playing, reducedMotion } = player;
  const atEnd = step !== null && step >= steps.length - 1;
  const none = steps.length === 0;
  const current = step === null ? undefined : steps[step];
  return (
    <div className="walkthrough">
      <div className="walkthrough__buttons" role="group" aria-label="Walkthrough">
        {playing ? (
          <button type="button" onClick={player.pause} aria-keyshortcuts={WALKTHROUGH_KEYS.play} title="Pause (P)">
            Pause
          </button>
        ) : (
          <button
            type="button"
            onClick={player.play}
            disabled={none}
            aria-keyshortcuts={WALKTHROUGH_KEYS.play}
            title={reducedMotion ? 'Reduced motion is on: Play shows one step at a time (P)' : 'Walk through the waves on the canvas (P)'}
          >
            Play
          </button>
        )}
        <button
          type="button"
          onClick={player.next}
          disabled={none || atEnd || playing}
          aria-keyshortcuts={WALKTHROUGH_KEYS.step}
          title="Next wave (→; ← goes back)"
        >
          Step
        </button>
        <button type="button" onClick={player.reset} disabled={step === null && !playing} aria-keyshortcuts={WALKTHROUGH_KEYS.reset} title="Back to the whole plan (Esc)">
          Reset
        </button>
      </div>
      <p className="walkthrough__caption" aria-live="polite" data-walkthrough-caption>
        {current === undefined
          ? none
            ? 'No stages to build.'
            : `Press Play or Step to walk through the build: ${steps.length} ${steps.length === 1 ? 'wave' : 'waves'}.`
          : `Step ${current.wave + 1} of ${steps.length}: ${current.caption}`}
        {reducedMotion && current !== undefined && !atEnd ? ' (Reduced motion: press Step for the next wave.)' : ''}
      </p>
    </div>
  );
}
