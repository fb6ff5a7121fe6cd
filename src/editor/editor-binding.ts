import type { editor } from 'monaco-editor/editor';
import type { DocumentStore } from '../store/document-store.ts';

/** What every binding between the store and one Monaco editor gets. */
export interface EditorBindingContext {
  readonly editor: editor.IStandaloneCodeEditor;
  /** The editor's model; the pane never swaps it. */
  readonly model: editor.ITextModel;
  readonly store: DocumentStore;
}

/** A live binding; `dispose` removes its listeners (and whatever it drew). */
export interface EditorBinding {
  dispose(): void;
}
