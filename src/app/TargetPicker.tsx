import { useDocument } from '../store/document-context.ts';

/** The `--target` combobox: which stage `docker build` builds. */
export function TargetPicker() {
  const stages = useDocument((s) => s.graphAnalysis.model.stages);
  const target = useDocument((s) => s.target);
  const setTarget = useDocument((s) => s.setTarget);
  const last = stages[stages.length - 1];
  const value = target !== null && stages.some((s) => (s.name ?? String(s.index)) === target) ? target : '';
  return (
    <label className="target-picker">
      <span>Target</span>
      <select aria-label="Target" value={value} onChange={(e) => setTarget(e.target.value === '' ? null : e.target.value)}>
        <option value="">{last === undefined ? '(no stages)' : `last stage (${last.displayName ?? `#${last.index}`})`}</option>
        {stages.map((stage) => (
          <option key={stage.index} value={stage.name ?? String(stage.index)}>
            {stage.displayName ?? `#${stage.index}`}
          </option>
        ))}
      </select>
    </label>
  );
}
