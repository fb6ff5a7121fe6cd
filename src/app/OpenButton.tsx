import './io.css';
import { useEffect, useRef } from 'react';
import { browserStorage } from '../io/open-workspace.ts';
import { loadRecentFiles, rememberRecentFile } from '../io/recent-files.ts';
import { MenuButton, type MenuEntry } from './MenuButton.tsx';
import { showNotice } from './notices.ts';
import { MOD_KEY } from './mod-key.ts';
import { useOpenFile } from './use-open-file.ts';
import { useReplaceDocument } from './use-replace-document.ts';

function lineCount(text: string): string {
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  return `${lines} line${lines === 1 ? '' : 's'}`;
}

/**
 * "Open…" (the file picker, also Ctrl/⌘+O) and, beside it, the recent files. The picker takes
 * any file: Dockerfiles are often named `Dockerfile.dev`, `api.dockerfile` or `Containerfile`.
 */
export function OpenButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  const openFile = useOpenFile();
  const replace = useReplaceDocument();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        inputRef.current?.click();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const recentEntries = (): MenuEntry[] =>
    loadRecentFiles(browserStorage()).map((file) => ({
      key: `${file.openedAt}:${file.name}`,
      label: file.name,
      detail: `${lineCount(file.text)} · opened ${new Date(file.openedAt).toLocaleString()}`,
      attributes: { 'data-recent-file': file.name },
      onSelect: () => {
        void replace(file.text, file.name, `Opening ${file.name}`).then((replaced) => {
          if (!replaced) return;
          rememberRecentFile(browserStorage(), { ...file, openedAt: Date.now() });
          showNotice(`Opened ${file.name}`);
        });
      },
    }));

  return (
    <span className="open-group">
      <button type="button" onClick={() => inputRef.current?.click()} title={`Open a Dockerfile from disk (${MOD_KEY}O), or drop one on the window`}>
        Open…
      </button>
      <input
        ref={inputRef}
        type="file"
        hidden
        aria-label="Open a Dockerfile"
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so picking the same file again still fires a change.
          event.target.value = '';
          if (file !== undefined) void openFile(file);
        }}
      />
      <MenuButton label="▾" ariaLabel="Recent files" title="Recent files" menuLabel="Recent files" entries={recentEntries} emptyText="No recent files yet" />
    </span>
  );
}
