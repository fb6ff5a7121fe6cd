/**
 * Saves `text` as a file through a temporary object URL; nothing leaves the browser.
 * `application/octet-stream`, because Chromium appends `.txt` to a `text/plain` file
 * whose name has no extension, and a Dockerfile has none.
 */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
