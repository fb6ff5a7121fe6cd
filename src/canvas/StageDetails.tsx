import { useState, type KeyboardEvent } from 'react';
import { setBaseImage } from '../dockerfile/edits/set-base-image.ts';
import { setPlatform } from '../dockerfile/edits/set-platform.ts';
import { focusInStage } from './focus-stage-node.ts';
import { InstructionList } from './InstructionList.tsx';
import { StageConnectPicker } from './StageConnectPicker.tsx';
import type { StageActions } from './use-stage-actions.ts';
import { useStageSource } from './use-stage-source.ts';

/** Props of {@link StageDetails}. */
export interface StageDetailsProps {
  readonly index: number;
  readonly isTarget: boolean;
  readonly actions: StageActions;
}

/**
 * A stage node's expanded view: base image and platform (Enter commits, Escape restores),
 * target, duplicate, move up/down, and the instruction list. Refusals show at its top.
 */
export function StageDetails({ index, isTarget, actions }: StageDetailsProps) {
  const source = useStageSource(index);
  const [refusal, setRefusal] = useState<string | null>(null);

  const commitOnEnter = (original: string, commit: (value: string) => void) => (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    const field = event.currentTarget;
    if (event.key === 'Escape') {
      event.preventDefault();
      field.value = original;
      setRefusal(null);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (field.value.trim() === original) return;
      commit(field.value.trim());
      // The field is keyed by the text, so it remounts with the new value: keep the keyboard.
      focusInStage(index, `input[name="${field.name}"]`);
    }
  };
  const show = (outcome: { readonly ok: boolean; readonly reason?: string }) => setRefusal(outcome.ok ? null : (outcome.reason ?? null));

  return (
    <section className="stage-details nodrag nokey" aria-label="Stage details">
      {refusal === null ? null : (
        <p className="canvas-refusal" role="alert">
          {refusal}
        </p>
      )}
      <label className="stage-details__field">
        <span>Base image</span>
        <input
          // Keyed by the text: an edit from elsewhere resets the field.
          key={`base:${source.base}`}
          name="base-image"
          defaultValue={source.base}
          spellCheck={false}
          onKeyDown={commitOnEnter(source.base, (image) => show(actions.run((a) => setBaseImage(a, { stage: index, image }))))}
        />
      </label>
      <label className="stage-details__field">
        <span>Platform</span>
        <input
          key={`platform:${source.platform}`}
          name="platform"
          defaultValue={source.platform}
          placeholder="none (the build's platform)"
          spellCheck={false}
          onKeyDown={commitOnEnter(source.platform, (platform) =>
            show(actions.run((a) => setPlatform(a, { stage: index, platform: platform === '' ? null : platform }))),
          )}
        />
      </label>
      <div className="stage-details__actions">
        <button type="button" onClick={actions.setTarget} disabled={isTarget} aria-pressed={isTarget}>
          {isTarget ? 'Target' : 'Set as target'}
        </button>
        <button type="button" onClick={() => show(actions.duplicate())}>
          Duplicate
        </button>
        <button type="button" aria-label="Move up" title="Move up in stage order" onClick={() => show(actions.move(-1))}>
          ↑ Up
        </button>
        <button type="button" aria-label="Move down" title="Move down in stage order" onClick={() => show(actions.move(1))}>
          ↓ Down
        </button>
      </div>
      <StageConnectPicker index={index} />
      <InstructionList
        stage={index}
        instructions={source.instructions}
        keywords={source.keywords}
        run={actions.run}
        onRefusal={setRefusal}
      />
    </section>
  );
}
