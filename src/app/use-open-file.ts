import { useCallback } from 'react';
import { browserStorage } from '../io/open-workspace.ts';
import { readTextFile } from '../io/read-text-file.ts';
import { rememberRecentFile } from '../io/recent-files.ts';
import { showNotice } from './notices.ts';
import { useReplaceDocument } from './use-replace-document.ts';

/** Files larger than this are almost surely not Dockerfiles; opening one would stall the page. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Opens a file the user picked or dropped: its exact text becomes the document (after asking,
 * when there is unsaved work), its name becomes the download name, and it joins the recent files.
 */
export function useOpenFile(): (file: File) => Promise<void> {
  const replace = useReplaceDocument();
  return useCallback(
    async (file) => {
      if (file.size > MAX_FILE_BYTES) {
        showNotice(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB: too large for a Dockerfile, so it was not opened.`, 'error');
        return;
      }
      let text: string;
      try {
        text = await readTextFile(file);
      } catch {
        showNotice(`${file.name} could not be read.`, 'error');
        return;
      }
      if (!(await replace(text, file.name, `Opening ${file.name}`))) return;
      rememberRecentFile(browserStorage(), { name: file.name, text, openedAt: Date.now() });
      showNotice(`Opened ${file.name}`);
    },
    [replace],
  );
}
