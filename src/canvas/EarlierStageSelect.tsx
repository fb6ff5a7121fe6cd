interface Props {
  readonly label: string;
  /** Labels of the stages before this one, by index. */
  readonly stages: readonly string[];
  /** Called with the chosen stage index. */
  readonly onPick: (index: number) => void;
}

/** A labelled select of the earlier stages; choosing one fires `onPick` and resets it. */
export function EarlierStageSelect({ label, stages, onPick }: Props) {
  return (
    <label className="stage-details__field">
      <span>{label}</span>
      <select value="" onChange={(event) => event.target.value !== '' && onPick(Number(event.target.value))}>
        <option value="">choose a stage…</option>
        {stages.map((stage, i) => (
          <option key={i} value={i}>
            {stage}
          </option>
        ))}
      </select>
    </label>
  );
}
