// First: configures @monaco-editor/react with the bundled Monaco before <Editor> renders.
import './monaco-setup.ts';
import { Editor } from '@monaco-editor/react';
import { useState } from 'react';
import type { editor } from 'monaco-editor/editor';
import { useDocumentStore } from '../store/document-context.ts';
import { EDITOR_OPTIONS } from './editor-options.ts';
import { EditorLoading } from './EditorLoading.tsx';
import { useMonacoAdapter } from './use-monaco-adapter.ts';
import { usePrefersDark } from './use-prefers-dark.ts';

/**
 * The Monaco editor of the Dockerfile. It renders again only when the colour scheme
 * changes or the editor mounts; the text, markers and cursor flow through
 * {@link useMonacoAdapter}, outside React.
 */
export function MonacoEditor() {
  const store = useDocumentStore();
  // The model starts from the text at mount; later changes arrive as edits, never as props.
  const [initialText] = useState(() => store.getState().text);
  const [codeEditor, setCodeEditor] = useState<editor.IStandaloneCodeEditor | null>(null);
  const theme = usePrefersDark() ? 'vs-dark' : 'vs';
  useMonacoAdapter(codeEditor);
  return (
    <Editor
      height="100%"
      defaultLanguage="dockerfile"
      defaultValue={initialText}
      theme={theme}
      options={EDITOR_OPTIONS}
      loading={<EditorLoading />}
      onMount={(mounted) => setCodeEditor(mounted)}
    />
  );
}

