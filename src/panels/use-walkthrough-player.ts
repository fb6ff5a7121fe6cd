import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { walkthrough, type WalkthroughStep } from '../dockerfile/teach/walkthrough.ts';
import { useDeferredDocument, useDocument } from '../store/document-context.ts';
import { usePrefersReducedMotion } from './use-prefers-reduced-motion.ts';

/** How long Play shows each step. */
export const PLAY_STEP_MS = 1600;

/** The walkthrough's state and controls, for the Build plan panel. */
export interface WalkthroughPlayer {
  readonly steps: readonly WalkthroughStep[];
  /** The step shown, clamped to the plan; `null` when not walking through. */
  readonly step: number | null;
  readonly playing: boolean;
  /** True when Play shows one step per press (reduced motion). */
  readonly reducedMotion: boolean;
  play(): void;
  pause(): void;
  next(): void;
  /** One step back; from the first step, back to no step. */
  previous(): void;
  reset(): void;
}

/**
 * Plays the plan's waves one after another on the canvas. The step lives in the store
 * (`walkthroughStep`), so the canvas and the panel show the same one; playing is local.
 *
 * With reduced motion, Play starts no timer: it shows the next step at once, and each
 * further step waits for Step (or Play) to be pressed, so nothing changes on its own.
 */
export function useWalkthroughPlayer(): WalkthroughPlayer {
  // Deferred, like the Build plan panel that shows it: the steps need not follow each keystroke.
  const analysis = useDeferredDocument((s) => s.graphAnalysis);
  const stored = useDocument((s) => s.walkthroughStep);
  const setStep = useDocument((s) => s.setWalkthroughStep);
  const target = analysis.plan?.target ?? null;
  const reducedMotion = usePrefersReducedMotion();
  const steps = useMemo(() => walkthrough(analysis), [analysis]);
  const [playing, setPlaying] = useState(false);
  const last = steps.length - 1;
  const step = stored === null || last < 0 ? null : Math.min(stored, last);

  // Another target is another plan: its walkthrough starts over. (Not on mount: switching
  // dock tabs and back must not lose the step.)
  const shownTarget = useRef(target);
  useEffect(() => {
    if (shownTarget.current === target) return;
    shownTarget.current = target;
    setPlaying(false);
    setStep(null);
  }, [target, setStep]);

  useEffect(() => {
    if (!playing) return;
    if (step !== null && step >= last) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => setStep(step === null ? 0 : step + 1), step === null ? 0 : PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, step, last, setStep]);

  const next = useCallback(() => {
    if (last < 0) return;
    setStep(step === null ? 0 : Math.min(step + 1, last));
  }, [last, step, setStep]);

  const previous = useCallback(() => {
    setPlaying(false);
    if (step !== null) setStep(step === 0 ? null : step - 1);
  }, [step, setStep]);

  const play = useCallback(() => {
    if (last < 0) return;
    // From the end, Play starts over.
    if (reducedMotion) {
      setStep(step === null || step >= last ? 0 : step + 1);
      return;
    }
    if (step !== null && step >= last) setStep(0);
    setPlaying(true);
  }, [last, reducedMotion, step, setStep]);

  const pause = useCallback(() => setPlaying(false), []);
  const reset = useCallback(() => {
    setPlaying(false);
    setStep(null);
  }, [setStep]);

  useEffect(() => {
    if (reducedMotion) setPlaying(false);
  }, [reducedMotion]);

  return { steps, step, playing, reducedMotion, play, pause, next, previous, reset };
}
