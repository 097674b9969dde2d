/**
 * @module
 * Byte strings: a string whose characters are the UTF-8 bytes of another (U+0000–U+00FF). A few
 * of BuildKit's line parsers walk a line byte by byte and test each byte with `unicode.IsSpace`,
 * so the UTF-8 continuation bytes 0x85 and 0xA0 count as spaces and non-ASCII flag values come
 * out as Latin-1 mojibake. Replaying that on byte strings keeps our parse identical to Docker's.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const ASCII = /^[\x00-\x7f]*$/;

/** The UTF-8 bytes of `text`, one character per byte. */
export function toByteString(text: string): string {
  if (ASCII.test(text)) return text;
  let out = '';
  for (const b of encoder.encode(text)) out += String.fromCharCode(b);
  return out;
}

/** Decodes a byte string back to text (invalid UTF-8 becomes U+FFFD). */
export function fromByteString(bytes: string): string {
  if (ASCII.test(bytes)) return bytes;
  const buf = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) buf[i] = bytes.charCodeAt(i);
  return decoder.decode(buf);
}

/** The number of UTF-8 bytes of `text`. */
export function utf8Length(text: string): number {
  return ASCII.test(text) ? text.length : encoder.encode(text).length;
}
