import { describe, expect, it } from 'vitest';
import { hasMoreContent, quoteChar, scanFirstValue } from './go-json.js';

const scan = (text: string) => {
  const result = scanFirstValue(new TextEncoder().encode(text));
  return result.ok ? `ok:${text.slice(0, result.end)}` : result.error;
};

describe("Go's JSON decoder errors", () => {
  it.each([
    ['{"Image":"alpine"}', 'ok:{"Image":"alpine"}'],
    ['  [1, 2.5e-3, true, false, null, "x\\u00e9"]  ', 'ok:  [1, 2.5e-3, true, false, null, "x\\u00e9"]'],
    ['123', 'ok:123'],
    ['123 456', 'ok:123'],
    ['{}{}', 'ok:{}'],
    ['', 'EOF'],
    ['   \n', 'EOF'],
    ['{"a":', 'unexpected EOF'],
    ['{"a":1', 'unexpected EOF'],
    ['-', 'unexpected EOF'],
    ['x', "invalid character 'x' looking for beginning of value"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"X":12x}', "invalid character 'x' after object key:value pair"],
    ['[1, 2, 3+]', "invalid character '+' after array element"],
    ['{"nodes": [{"id":"123",}]}', "invalid character '}' looking for beginning of object key string"],
    ['{id:1}', "invalid character 'i' looking for beginning of object key string"],
    ['"a\tb"', "invalid character '\\t' in string literal"],
    ['"\\x"', "invalid character 'x' in string escape code"],
    ['"\\u12g4"', "invalid character 'g' in \\u hexadecimal character escape"],
    ['-x', "invalid character 'x' in numeric literal"],
    ['1.x', "invalid character 'x' after decimal point in numeric literal"],
    ['1ex', "invalid character 'x' in exponent of numeric literal"],
    ['tru', 'unexpected EOF'],
    ['trUe', "invalid character 'U' in literal true (expecting 'u')"],
    ['nul!', "invalid character '!' in literal null (expecting 'l')"],
    ['fals3', "invalid character '3' in literal false (expecting 'e')"],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
    [']', "invalid character ']' looking for beginning of value"],
  ])('%j → %s', (body, expected) => {
    expect(scan(body)).toBe(expected);
  });

  it.each([
    [0x00, "'\\x00'"],
    [0x0a, "'\\n'"],
    [0x07, "'\\a'"],
    [0x5c, "'\\\\'"],
    [0x22, `'"'`],
    [0x7f, "'\\x7f'"],
    [0x85, "'\\u0085'"],
    [0xc3, "'Ã'"],
  ])('names byte %i as %s', (byte, quoted) => {
    expect(quoteChar(byte)).toBe(quoted);
  });

  it('sees more content after a value unless it is a closing bracket', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(hasMoreContent(bytes('{} x'), 2)).toBe(true);
    expect(hasMoreContent(bytes('{} }'), 2)).toBe(false);
    expect(hasMoreContent(bytes('{}  \n'), 2)).toBe(false);
  });
});
