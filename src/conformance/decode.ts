/**
 * Turning a file's bytes into the text the parser sees, without losing anything.
 */

/** A file's text and whether its bytes were valid UTF-8. */
export interface DecodedText {
  readonly text: string;
  /** False when some bytes were not UTF-8 and became U+FFFD in `text`. */
  readonly validUtf8: boolean;
}

// ignoreBOM keeps a leading U+FEFF in the text: the parser must see (and print back) the BOM.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes UTF-8, keeping a byte-order mark; invalid bytes become U+FFFD and are reported. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes), validUtf8: true };
  } catch {
    return { text: lenient.decode(bytes), validUtf8: false };
  }
}

/** Whether `text`, encoded as UTF-8, gives exactly `bytes`. */
export function encodesTo(text: string, bytes: Uint8Array): boolean {
  const encoded = new TextEncoder().encode(text);
  if (encoded.length !== bytes.length) return false;
  for (let i = 0; i < encoded.length; i++) if (encoded[i] !== bytes[i]) return false;
  return true;
}
