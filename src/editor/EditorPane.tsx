import { lazy, Suspense } from 'react';
import { EditorLoading } from './EditorLoading.tsx';
import './editor.css';

/**
 * Monaco is most of the app's script, so it loads as its own chunk: the shell, the canvas
 * and the status bar appear first, and the editor joins them when its chunk arrives.
 */
const MonacoEditor = lazy(() => import('./MonacoEditor.tsx').then((module) => ({ default: module.MonacoEditor })));

/**
 * The editor pane. `nokey` tells React Flow, which listens for keys on the whole window,
 * to leave keystrokes in here alone (it would otherwise swallow Space).
 */
export function EditorPane() {
  return (
    <div className="nokey editor-pane" data-pane="editor">
      <Suspense fallback={<EditorLoading />}>
        <MonacoEditor />
      </Suspense>
    </div>
  );
}
