/** Placeholder until the React Flow canvas lands (being written now). */
export function CanvasPane() {
  return <div />;
}
