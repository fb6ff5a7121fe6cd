/**
 * The name of an exported file, from the document's name: `api.Dockerfile` gives
 * `api.Dockerfile.svg`, and a plain `Dockerfile` gives `Dockerfile.svg`.
 */
export function exportFileName(documentName: string, extension: string): string {
  const base = documentName.trim() === '' ? 'Dockerfile' : documentName.trim();
  return `${base}.${extension}`;
}
