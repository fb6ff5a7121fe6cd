import { downloadBlob } from '../io/download-blob.ts';

/**
 * Saves `text` as a file; nothing leaves the browser. `application/octet-stream`, because
 * Chromium appends `.txt` to a `text/plain` file whose name has no extension, and a
 * Dockerfile has none.
 */
export function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/octet-stream' }), fileName);
}
