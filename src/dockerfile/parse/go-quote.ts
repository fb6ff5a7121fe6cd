const PLAIN = /^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/;
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const NAMED: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
  0x22: '\\"',
  0x5c: '\\\\',
};

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/**
 * Go's `strconv.Quote`, which BuildKit's AST dump uses: printable characters stay, the
 * rest become `\x`, `\u` or `\U` escapes. A lone surrogate stands for the invalid UTF-8
 * that Go would have replaced with U+FFFD.
 */
export function goQuote(text: string): string {
  if (PLAIN.test(text)) return `"${text}"`;
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const named = NAMED[code];
    if (named !== undefined) out += named;
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else if (PRINTABLE.test(ch)) out += ch;
    else if (code < 0x10000) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return `${out}"`;
}
