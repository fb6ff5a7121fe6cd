import { useState } from 'react';
import { CanvasPane } from '../canvas/CanvasPane.tsx';
import { EditorPane } from '../editor/EditorPane.tsx';
import { DocumentStoreContext } from '../store/document-context.ts';
import { browserStorage, openWorkspace } from '../io/open-workspace.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { exampleDockerfile } from './exampleDockerfile.ts';
import { FileDropOverlay } from './FileDropOverlay.tsx';
import { NoticeToast } from './NoticeToast.tsx';
import { PaneErrorBoundary } from './PaneErrorBoundary.tsx';
import { PanelDock } from './PanelDock.tsx';
import { SplitView } from './SplitView.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useAutosave } from './use-autosave.ts';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';
import { useShareLinkLoader } from './use-share-link-loader.ts';
import { useStoredLintSettings } from '../panels/use-stored-lint-settings.ts';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning.ts';
import { FileSessionContext } from './workspace-context.ts';
import './app.css';

/** The shell: toolbar, editor and canvas side by side, status bar. */
export function App() {
  // The autosaved document when there is one; a share link in the address is opened after.
  const [workspace] = useState(() => openWorkspace(exampleDockerfile, browserStorage()));
  const { store, session } = workspace;
  useGlobalShortcuts(store);
  useAutosave(workspace);
  useShareLinkLoader(workspace);
  useStoredLintSettings(store);
  useUnsavedChangesWarning(workspace);
  return (
    <DocumentStoreContext.Provider value={store}>
      <FileSessionContext.Provider value={session}>
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
        <FileDropOverlay />
        <NoticeToast />
        <ConfirmDialog />
      </div>
      </FileSessionContext.Provider>
    </DocumentStoreContext.Provider>
  );
}
