/** Shown while the editor's chunk and Monaco start. */
export function EditorLoading() {
  return (
    <div className="editor-loading" role="status">
      Loading the editor…
    </div>
  );
}
