import './teach.css';
import { stageTitle } from '../dockerfile/teach/stage-title.ts';
import { useDeferredDocument, useDocument } from '../store/document-context.ts';
import { ArgScopeView } from './ArgScopeView.tsx';
import { FinalImageView } from './FinalImageView.tsx';
import { StageExplanationView } from './StageExplanationView.tsx';

/**
 * The selected stage explained: what it does in plain language, its ARG scope (with the
 * classic mistake flagged) and, when it is the target, what the final image holds.
 */
export function InspectorPanel() {
  const selected = useDocument((s) => s.selectedStage);
  const stage = useDeferredDocument((s) => (s.selectedStage === null ? undefined : s.graphAnalysis.model.stages[s.selectedStage]));
  const target = useDocument((s) => s.graphAnalysis.plan?.target ?? null);
  const reachable = useDocument((s) => (s.selectedStage === null ? false : (s.graphAnalysis.plan?.reachable.includes(s.selectedStage) ?? false)));
  if (selected === null || stage === undefined) {
    return <p className="teach-empty">Select a stage on the canvas, or put the cursor in it, to see what it does.</p>;
  }
  return (
    <div className="inspector" data-inspected={stage.index}>
      <h2 className="inspector__title">
        Stage {stageTitle(stage)}
        {stage.index === target ? <span className="teach-badge">target</span> : null}
        {reachable ? null : <span className="teach-note"> · not built for this target</span>}
      </h2>
      <div className="inspector__columns">
        <div>
          <StageExplanationView index={stage.index} />
          <ArgScopeView index={stage.index} />
        </div>
        {stage.index === target ? <FinalImageView target={stage.index} /> : null}
      </div>
    </div>
  );
}
