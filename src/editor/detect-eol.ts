/** A line ending, as Monaco's model stores it. */
export type LineEnding = '\n' | '\r\n';

/**
 * The line ending a text uses, judged by its first line break (`\n` for a text with none).
 * The editor gives its model this ending so that new lines typed in a CRLF file stay CRLF.
 */
export function detectEol(text: string): LineEnding {
  const at = text.indexOf('\n');
  return at > 0 && text.charCodeAt(at - 1) === 13 ? '\r\n' : '\n';
}

/** `text` with every line break made `eol`, as Monaco shows a text with mixed endings. */
export function normalizeEol(text: string, eol: LineEnding): string {
  return text.replace(/\r\n|\r|\n/g, eol);
}
