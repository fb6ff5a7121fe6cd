import { base64urlToBytes, bytesToBase64url } from './base64url.ts';

/** The fragment key of a shared Dockerfile: `#df=<deflate-raw, base64url>`. */
export const SHARE_KEY = 'df';

async function pipeBytes(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The fragment (without `#`) that carries `text`. The text goes in the fragment because
 * browsers never send the fragment to a server: sharing a Dockerfile uploads nothing.
 * UTF-8 keeps every character, CR and BOM included, so the shared text is byte-exact.
 */
export async function encodeShareFragment(text: string): Promise<string> {
  const compressed = await pipeBytes(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return `${SHARE_KEY}=${bytesToBase64url(compressed)}`;
}

/** A full share link: `base` (the app's address) with its fragment replaced. */
export async function buildShareUrl(base: string, text: string): Promise<string> {
  const url = new URL(base);
  url.hash = await encodeShareFragment(text);
  return url.toString();
}

/** The encoded payload of `hash` (with or without `#`), or `null` when it has none. */
export function sharePayload(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return params.get(SHARE_KEY);
}

/**
 * The Dockerfile a location hash carries. `null` when the hash has no `df=`; throws with a
 * message fit for the user when it has one that cannot be read (a truncated link).
 */
export async function decodeShareFragment(hash: string): Promise<string | null> {
  const payload = sharePayload(hash);
  if (payload === null) return null;
  const bytes = base64urlToBytes(payload);
  if (bytes === null) throw new Error('The share link is damaged: its data is not base64url.');
  try {
    const inflated = await pipeBytes(bytes, new DecompressionStream('deflate-raw'));
    return new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(inflated);
  } catch {
    throw new Error('The share link is damaged or cut short: its Dockerfile cannot be unpacked.');
  }
}
