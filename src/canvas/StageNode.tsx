import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { SEVERITY_ICONS } from '../app/severity-display.ts';
import type { BaseSummary, StageFlowNode } from './flow-types.ts';
import { StageInputHandles, StageOutputHandle } from './StageHandles.tsx';
import { StageNameEditor } from './StageNameEditor.tsx';
import { StageNodeControls } from './StageNodeControls.tsx';
import { StageNodeEditors } from './StageNodeEditors.tsx';
import { useStageActions } from './use-stage-actions.ts';

function BaseLine({ base }: { readonly base: BaseSummary }) {
  if (base.kind === 'stage') {
    return (
      <div className="stage-node__base" title={`FROM ${base.text}`}>
        from <span className="stage-node__ref">{base.text}</span>
      </div>
    );
  }
  return (
    <div className={`stage-node__base stage-node__base--${base.kind}`} title={`FROM ${base.text}`}>
      <span className="stage-node__ref">{base.text}</span>
    </div>
  );
}

/**
 * A build stage on the canvas. Everything it shows is precomputed plain data, so it is
 * memoised and re-renders only when its node object changes. `selected` comes from the
 * store (through the node's `selected` field), never from React Flow's own clicks.
 */
export const StageNode = memo(function StageNode({ data, selected }: NodeProps<StageFlowNode>) {
  const classes = ['stage-node'];
  if (!data.reachable) classes.push('is-dim');
  if (data.isTarget) classes.push('is-target');
  if (selected) classes.push('is-selected');
  if (data.building === true) classes.push('is-building');
  if (data.rebuild === true) classes.push('is-rebuild');
  const { problems } = data;
  const more = data.instructionCount - data.instructions.length;
  const actions = useStageActions(data.index, data.name);
  return (
    <div
      className={classes.join(' ')}
      data-stage={data.index}
      data-stage-index={data.index}
      data-stage-name={data.name}
      data-reachable={String(data.reachable)}
      data-selected={String(selected)}
      data-building={String(data.building === true)}
      data-rebuild={String(data.rebuild === true)}
    >
      <StageInputHandles />
      <header className="stage-node__header">
        <StageNameEditor index={data.index} label={data.label} name={data.name} />
        <span className="stage-node__badges">
          {data.isTarget ? (
            <span className="canvas-badge canvas-badge--target" title="The stage docker build builds (--target)">
              target
            </span>
          ) : null}
          {data.reachable ? null : (
            <span className="canvas-badge canvas-badge--skipped" title="The target does not need this stage, so BuildKit skips it">
              not built
            </span>
          )}
          {problems.count > 0 ? (
            <span
              className={`canvas-badge canvas-badge--${problems.severity ?? 'info'}`}
              title={problems.summary}
              data-problems={problems.count}
            >
              {SEVERITY_ICONS[problems.severity ?? 'info']} {problems.count}
              <span className="visually-hidden"> {problems.severity === 'info' ? (problems.count === 1 ? 'hint' : 'hints') : problems.count === 1 ? 'problem' : 'problems'}</span>
            </span>
          ) : null}
        </span>
        <StageNodeControls index={data.index} label={data.label} isTarget={data.isTarget} actions={actions} />
      </header>
      <BaseLine base={data.base} />
      {data.platform === null ? null : <div className="stage-node__platform">platform {data.platform}</div>}
      <div className="stage-node__count">
        {data.instructionCount} {data.instructionCount === 1 ? 'instruction' : 'instructions'}
        {more > 0 ? `, first ${data.instructions.length}:` : data.instructionCount > 0 ? ':' : ''}
      </div>
      {data.instructions.length > 0 ? (
        <ul className="stage-node__instructions">
          {data.instructions.map((instruction, i) => (
            <li key={i} title={`${instruction.keyword} ${instruction.args}`}>
              <span className="stage-node__keyword">{instruction.keyword}</span> {instruction.args}
            </li>
          ))}
        </ul>
      ) : null}
      <StageNodeEditors index={data.index} label={data.label} isTarget={data.isTarget} actions={actions} />
      <StageOutputHandle />
    </div>
  );
});
