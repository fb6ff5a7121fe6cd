/** Placeholder until the Monaco editor lands (being written now). */
export function EditorPane() {
  return <div className="nokey" />;
}
