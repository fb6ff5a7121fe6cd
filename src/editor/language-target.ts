import type { editor } from 'monaco-editor/editor';
import type { Analysis } from '../dockerfile/analyze.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';

/** The editor whose model the language providers serve, and the store behind it. */
export interface LanguageTarget {
  readonly editor: editor.IStandaloneCodeEditor;
  readonly store: DocumentStore;
  /** The store's current analysis: the model's text, since every edit reaches the store at once. */
  readonly analysis: Analysis;
}

/**
 * Monaco's providers are registered once per language, for every model; this module-level
 * binding tells them which model is the document and where its analysis lives. The adapter
 * sets it when the editor mounts and clears it when it goes.
 */
let bound: EditorBindingContext | null = null;

/** The document's editor, store and analysis when `model` is the document's model; else `null`. */
export function languageTarget(model: editor.ITextModel): LanguageTarget | null {
  if (bound === null || bound.model !== model || model.isDisposed()) return null;
  return { editor: bound.editor, store: bound.store, analysis: bound.store.getState().analysis };
}

/** Makes `context` the model the language providers serve, until the binding is disposed. */
export function bindLanguageTarget(context: EditorBindingContext): EditorBinding {
  bound = context;
  return {
    dispose() {
      if (bound === context) bound = null;
    },
  };
}
