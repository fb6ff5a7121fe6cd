/**
 * A file's text, exactly: UTF-8 with a byte-order mark kept (`Blob.text()` drops it), so
 * downloading the file again gives back the same bytes. Invalid UTF-8 is replaced, as any
 * editor would, since Monaco holds text, not bytes.
 */
export async function readTextFile(file: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
}
