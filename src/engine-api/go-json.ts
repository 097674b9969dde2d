/**
 * @module
 * How the daemon's Go JSON decoder reads one request body (`json.NewDecoder(body).Decode(&v)`),
 * so that malformed bodies get Go's exact complaint: `invalid character 'x' looking for beginning
 * of value`, `unexpected EOF`, …. This is Go's `encoding/json` scanner as a state machine; only
 * the first JSON value is read, as the decoder does, and what follows is left for `More()`.
 */

/** What reading the first JSON value of a body found. */
export type GoJsonScan =
  | { readonly ok: true; readonly end: number }
  | { readonly ok: false; readonly error: string };

type Step = (c: number) => Step | 'end' | string;
type Frame = 'key' | 'value' | 'array';

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

const ESCAPES: { readonly [c: number]: string } = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 0x5c: '\\\\' };

/** Go's `quoteChar`: how the scanner names an offending byte (`strconv.Quote` in single quotes). */
export function quoteChar(c: number): string {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  const hex = c.toString(16).padStart(2, '0');
  const escaped = ESCAPES[c];
  if (escaped) return `'${escaped}'`;
  if (c < 0x20 || c === 0x7f) return `'\\x${hex}'`;
  // A byte ≥ 0x80 is read as the rune of that number (Latin-1); C1 controls and the soft hyphen are not printable.
  if ((c >= 0x80 && c < 0xa0) || c === 0xad) return `'\\u00${hex}'`;
  return `'${String.fromCharCode(c)}'`;
}

/** Scans the first JSON value of `bytes` as Go's `json.Decoder` does. */
export function scanFirstValue(bytes: Uint8Array): GoJsonScan {
  const stack: Frame[] = [];
  const fail = (c: number, context: string) => `invalid character ${quoteChar(c)} ${context}`;
  const literal = (expected: string, name: string, next: Step): Step => {
    let at = 0;
    const step: Step = (c) => {
      const want = expected.charCodeAt(at);
      if (c !== want) return fail(c, `in literal ${name} (expecting ${quoteChar(want)})`);
      at++;
      return at === expected.length ? next : step;
    };
    return step;
  };
  const endValue: Step = (c) => {
    const top = stack[stack.length - 1];
    if (top === undefined) return 'end';
    if (isSpace(c)) return endValue;
    if (top === 'key') return c === 0x3a ? ((stack[stack.length - 1] = 'value'), beginValue) : fail(c, 'after object key');
    if (top === 'value') {
      if (c === 0x2c) return (stack[stack.length - 1] = 'key'), beginString;
      if (c === 0x7d) return stack.pop(), endValue;
      return fail(c, 'after object key:value pair');
    }
    if (c === 0x2c) return beginValue;
    if (c === 0x5d) return stack.pop(), endValue;
    return fail(c, 'after array element');
  };
  const exponentDigits: Step = (c) => (isDigit(c) ? exponentDigits : endValue(c));
  const exponentSign: Step = (c) => (isDigit(c) ? exponentDigits : fail(c, 'in exponent of numeric literal'));
  const exponent: Step = (c) => (c === 0x2b || c === 0x2d ? exponentSign : exponentSign(c));
  const fraction: Step = (c) => (isDigit(c) ? fraction : c === 0x65 || c === 0x45 ? exponent : endValue(c));
  const dot: Step = (c) => (isDigit(c) ? fraction : fail(c, 'after decimal point in numeric literal'));
  const zero: Step = (c) => (c === 0x2e ? dot : c === 0x65 || c === 0x45 ? exponent : endValue(c));
  const digits: Step = (c) => (isDigit(c) ? digits : zero(c));
  const negative: Step = (c) => (c === 0x30 ? zero : c >= 0x31 && c <= 0x39 ? digits : fail(c, 'in numeric literal'));
  const unicode = (left: number): Step => (c) =>
    !isHex(c) ? fail(c, 'in \\u hexadecimal character escape') : left === 1 ? inString : unicode(left - 1);
  const escape: Step = (c) =>
    'bfnrt\\/"'.includes(String.fromCharCode(c)) ? inString : c === 0x75 ? unicode(4) : fail(c, 'in string escape code');
  const inString: Step = (c) => (c === 0x22 ? endValue : c === 0x5c ? escape : c < 0x20 ? fail(c, 'in string literal') : inString);
  const beginString: Step = (c) => (isSpace(c) ? beginString : c === 0x22 ? inString : fail(c, 'looking for beginning of object key string'));
  const beginStringOrEmpty: Step = (c) => {
    if (isSpace(c)) return beginStringOrEmpty;
    if (c === 0x7d) return stack.pop(), endValue;
    return beginString(c);
  };
  const beginValueOrEmpty: Step = (c) => (isSpace(c) ? beginValueOrEmpty : c === 0x5d ? (stack.pop(), endValue) : beginValue(c));
  const beginValue: Step = (c) => {
    if (isSpace(c)) return beginValue;
    switch (c) {
      case 0x7b:
        stack.push('key');
        return beginStringOrEmpty;
      case 0x5b:
        stack.push('array');
        return beginValueOrEmpty;
      case 0x22:
        return inString;
      case 0x2d:
        return negative;
      case 0x30:
        return zero;
      case 0x74:
        return literal('rue', 'true', endValue);
      case 0x66:
        return literal('alse', 'false', endValue);
      case 0x6e:
        return literal('ull', 'null', endValue);
      default:
        return c >= 0x31 && c <= 0x39 ? digits : fail(c, 'looking for beginning of value');
    }
  };

  let step: Step = beginValue;
  let started = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (!started && !isSpace(c)) started = true;
    const next = step(c);
    if (next === 'end') return { ok: true, end: i };
    if (typeof next === 'string') return { ok: false, error: next };
    step = next;
    // A closed object/array/string/literal at top level ends the value without waiting for a byte.
    if (started && stack.length === 0 && next === endValue) return { ok: true, end: i + 1 };
  }
  if (!started) return { ok: false, error: 'EOF' };
  // At EOF a number may still end cleanly (Go feeds the scanner a final space).
  return step(0x20) === 'end' || (stack.length === 0 && step === endValue) ? { ok: true, end: bytes.length } : { ok: false, error: 'unexpected EOF' };
}

/** Go's `Decoder.More()` after the first value: is there a next value (not `]` or `}`)? */
export function hasMoreContent(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (isSpace(c)) continue;
    return c !== 0x5d && c !== 0x7d;
  }
  return false;
}
