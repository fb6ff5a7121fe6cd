import { useState } from 'react';
import { CanvasPane } from '../canvas/CanvasPane.tsx';
import { EditorPane } from '../editor/EditorPane.tsx';
import { DocumentStoreContext } from '../store/document-context.ts';
import { createDocumentStore } from '../store/document-store.ts';
import { exampleDockerfile } from './exampleDockerfile.ts';
import { PaneErrorBoundary } from './PaneErrorBoundary.tsx';
import { PanelDock } from './PanelDock.tsx';
import { SplitView } from './SplitView.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';
import './app.css';

/** The shell: toolbar, editor and canvas side by side, status bar. */
export function App() {
  const [store] = useState(() => createDocumentStore(exampleDockerfile));
  useGlobalShortcuts(store);
  return (
    <DocumentStoreContext.Provider value={store}>
      <div className="app">
        <Toolbar />
        <SplitView
          left={
            <PaneErrorBoundary pane="editor">
              <EditorPane />
            </PaneErrorBoundary>
          }
          right={
            <PaneErrorBoundary pane="canvas">
              <CanvasPane />
            </PaneErrorBoundary>
          }
        />
        <PaneErrorBoundary pane="panels">
          <PanelDock />
        </PaneErrorBoundary>
        <StatusBar />
      </div>
    </DocumentStoreContext.Provider>
  );
}
