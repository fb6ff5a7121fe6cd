/**
 * Character classes exactly as BuildKit's Go code draws them. They differ on purpose:
 * Go's `unicode.IsSpace`, the regexp class `[\t\v\f\r ]` and RE2's `\s` each appear in
 * a different place of BuildKit's parser, and mixing them up changes what a line means.
 */

/** Go's `unicode.IsSpace`. */
export function isUnicodeSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** BuildKit's `reWhitespace` / `tokenWhitespace`: `[\t\v\f\r ]`. */
export function isTokenSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d;
}

/** RE2's `\s`: `[\t\n\f\r ]`. */
export function isRegexpSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** Offset of the first non-space (Go `unicode.IsSpace`) at or after `from`, before `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isUnicodeSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Offset just after the last non-space before `to`, not before `from`. */
export function trimSpacesEnd(text: string, from: number, to: number): number {
  let at = to;
  while (at > from && isUnicodeSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** UTF-8 length of a string, which is what BuildKit's line-length limit counts. */
export function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && at + 1 < to) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        at++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
