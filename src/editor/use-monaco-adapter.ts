import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor';
import { useDocumentStore } from '../store/document-context.ts';
import { bindCursorSync } from './bind-cursor-sync.ts';
import { bindDocumentSync } from './bind-document-sync.ts';
import { bindEdgeHover } from './bind-edge-hover.ts';
import { bindHistoryKeys } from './bind-history-keys.ts';
import { bindMarkers } from './bind-markers.ts';
import { bindRebuildHighlight } from './bind-rebuild-highlight.ts';
import { bindReveal } from './bind-reveal.ts';
import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';
import { bindLanguageFeatures } from './register-language-features.ts';

/**
 * Binds a mounted Monaco editor to the document store: text both ways, cursor, undo keys,
 * markers, reveal requests and edge-hover decorations.
 *
 * The bindings subscribe to the store directly (not through React state), so a keystroke
 * re-renders no component. They are made in one effect, in this order, because the store
 * calls its listeners in subscription order: the text must be mirrored into the model before
 * anything places markers, cursors or decorations in it.
 */
export function useMonacoAdapter(codeEditor: editor.IStandaloneCodeEditor | null): void {
  const store = useDocumentStore();
  useEffect(() => {
    const model = codeEditor?.getModel() ?? null;
    if (codeEditor === null || model === null) return;
    const context: EditorBindingContext = { editor: codeEditor, model, store };
    const bindings: EditorBinding[] = [
      bindDocumentSync(context),
      bindCursorSync(context),
      bindHistoryKeys(context),
      bindMarkers(context),
      bindReveal(context),
      bindEdgeHover(context),
      bindRebuildHighlight(context),
      bindLanguageFeatures(context),
    ];
    return () => {
      for (const binding of bindings.reverse()) binding.dispose();
    };
  }, [codeEditor, store]);
}
