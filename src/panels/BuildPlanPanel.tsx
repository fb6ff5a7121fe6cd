import './teach.css';
import { useMemo } from 'react';
import { buildCommand } from '../dockerfile/teach/build-command.ts';
import { stageTitle } from '../dockerfile/teach/stage-title.ts';
import { skippedReason } from '../dockerfile/teach/walkthrough.ts';
import { useDocument, useDeferredDocument } from '../store/document-context.ts';
import { useWalkthroughKeys } from './use-walkthrough-keys.ts';
import { useWalkthroughPlayer } from './use-walkthrough-player.ts';
import { WalkthroughControls } from './WalkthroughControls.tsx';

/**
 * The build plan of the chosen target: the waves BuildKit runs in order (the stages of a
 * wave build in parallel), the stages it skips and why, the equivalent `docker build`
 * command, and the walkthrough that steps through the waves on the canvas.
 */
export function BuildPlanPanel() {
  const analysis = useDeferredDocument((s) => s.graphAnalysis);
  const selectStage = useDocument((s) => s.selectStage);
  const player = useWalkthroughPlayer();
  const onKeyDown = useWalkthroughKeys(player);
  const command = useMemo(() => buildCommand(analysis), [analysis]);
  const plan = analysis.plan;
  const stages = analysis.model.stages;
  if (plan === null || command === null) return <p className="teach-empty">No stages yet. A FROM line starts one.</p>;
  const reachable = new Set(plan.reachable);
  const skipped = stages.filter((s) => !reachable.has(s.index));
  return (
    // Keys bubble here from the panel's buttons and links; see useWalkthroughKeys.
    // tabIndex -1: a click anywhere in the panel gives it the keyboard, for the walkthrough keys.
    <div className="build-plan" tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="build-plan__command">
        <code data-build-command>{command.command}</code>
        {command.note === null ? null : <span className="teach-note">{command.note}</span>}
      </div>
      <WalkthroughControls player={player} />
      <ol className="build-plan__waves" aria-label="Waves">
        {plan.waves.map((wave, n) => (
          <li key={n} data-wave={n} aria-current={player.step === n ? 'step' : undefined} className={player.step === n ? 'is-current' : undefined}>
            <span className="build-plan__wave-label">
              Wave {n + 1}
              {wave.length > 1 ? <span className="teach-note"> · in parallel</span> : null}
            </span>
            <ul className="build-plan__stages">
              {wave.map((index) => {
                const stage = stages[index]!;
                return (
                  <li key={index} data-plan-stage={stage.name ?? String(index)}>
                    <button type="button" className="teach-stage-link" onClick={() => selectStage(index, { reveal: true })}>
                      {stageTitle(stage)}
                    </button>
                    {index === plan.target ? <span className="teach-badge"> target</span> : null}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      {skipped.length === 0 ? (
        <p className="teach-note">Every stage is built for this target.</p>
      ) : (
        <section className="build-plan__skipped" aria-label="Skipped stages">
          <h3>Skipped</h3>
          <ul>
            {skipped.map((stage) => (
              <li key={stage.index} data-skipped-stage={stage.name ?? String(stage.index)}>
                <button type="button" className="teach-stage-link" onClick={() => selectStage(stage.index, { reveal: true })}>
                  {stageTitle(stage)}
                </button>{' '}
                <span className="teach-note">{skippedReason(analysis, stage.index)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
