/**
 * @module
 * Go's `strconv` as the docker CLI's flags use it: `ParseInt(s, 0, bits)`, `ParseUint`,
 * `ParseBool`, `ParseFloat`, and `Quote` (`%q`), with Go's exact error texts
 * (`strconv.ParseInt: parsing "x": invalid syntax`), which pflag prints inside
 * `invalid argument "x" for "-t, --time" flag: …`.
 */

/** A failed `strconv` parse; `message` is Go's error text. */
export class GoParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoParseError';
  }
}

const syntax = (fn: string, s: string) => new GoParseError(`strconv.${fn}: parsing ${goQuote(s)}: invalid syntax`);
const range = (fn: string, s: string) => new GoParseError(`strconv.${fn}: parsing ${goQuote(s)}: value out of range`);

/** Go's `strconv.Quote`: a double-quoted string with Go escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += quoteChar(ch, '"');
  return `${out}"`;
}

/** Go's `%q` of a single byte or rune: `'z'`. */
export function goQuoteRune(ch: string): string {
  return `'${quoteChar(ch, "'")}'`;
}

function quoteChar(ch: string, quote: string): string {
  const cp = ch.codePointAt(0)!;
  if (ch === quote || ch === '\\') return `\\${ch}`;
  switch (ch) {
    case '\x07':
      return '\\a';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\v':
      return '\\v';
  }
  if (cp < 0x20 || cp === 0x7f) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp >= 0x80 && cp < 0xa0) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return ch;
}

/** Splits Go's base prefix (base 0) off a digit string; underscores are allowed only then. */
function digitsAndBase(s: string): { digits: string; base: number; prefixed: boolean } {
  if (s.length > 1 && s[0] === '0') {
    const p = s[1]!.toLowerCase();
    if (p === 'x') return { digits: s.slice(2), base: 16, prefixed: true };
    if (p === 'o') return { digits: s.slice(2), base: 8, prefixed: true };
    if (p === 'b') return { digits: s.slice(2), base: 2, prefixed: true };
    return { digits: s.slice(1), base: 8, prefixed: true };
  }
  return { digits: s, base: 10, prefixed: false };
}

/** Go's underscoreOK: underscores only between digits (or after a base prefix). */
function underscoresOk(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

function parseMagnitude(fn: string, original: string, text: string): bigint {
  if (text === '') throw syntax(fn, original);
  const { digits, base, prefixed } = digitsAndBase(text);
  if (prefixed && base !== 8 && digits === '') throw syntax(fn, original);
  if (text.includes('_') && !underscoresOk(text)) throw syntax(fn, original);
  let n = 0n;
  const b = BigInt(base);
  for (const c of digits) {
    if (c === '_') continue;
    const d = parseInt(c, 36);
    if (Number.isNaN(d) || d >= base) throw syntax(fn, original);
    n = n * b + BigInt(d);
  }
  return n;
}

/** Go's `strconv.ParseInt(s, 0, bits)`. */
export function parseGoInt(s: string, bits = 64): number {
  let text = s;
  let negative = false;
  if (text[0] === '+' || text[0] === '-') {
    negative = text[0] === '-';
    text = text.slice(1);
  }
  const magnitude = parseMagnitude('ParseInt', s, text);
  const limit = 1n << BigInt(bits - 1);
  if (negative ? magnitude > limit : magnitude >= limit) throw range('ParseInt', s);
  return Number(negative ? -magnitude : magnitude);
}

/** Go's `strconv.ParseUint(s, 0, bits)`. */
export function parseGoUint(s: string, bits = 64): number {
  const magnitude = parseMagnitude('ParseUint', s, s);
  if (magnitude >= 1n << BigInt(bits)) throw range('ParseUint', s);
  return Number(magnitude);
}

/** Go's `strconv.ParseBool`. */
export function parseGoBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw syntax('ParseBool', s);
}

/** Go's `strconv.ParseFloat(s, 64)` (decimal and special forms). */
export function parseGoFloat(s: string): number {
  const t = s.toLowerCase().replace(/^[+]/, '');
  if (['inf', 'infinity', '-inf', '-infinity'].includes(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (t === 'nan') return NaN;
  if (!/^[-+]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(e[-+]?\d+)?$/i.test(s) && !/^[-+]?0x[\da-f_]*\.?[\da-f_]*(p[-+]?\d+)?$/i.test(s)) {
    throw syntax('ParseFloat', s);
  }
  if (s.includes('_') && !underscoresOk(s.replace(/[.eEpP].*$/, ''))) throw syntax('ParseFloat', s);
  const n = /x/i.test(s) ? parseHexFloat(s.replace(/_/g, '')) : Number(s.replace(/_/g, ''));
  if (!Number.isFinite(n)) throw range('ParseFloat', s);
  return n;
}

function parseHexFloat(s: string): number {
  const m = /^([-+]?)0x([\da-f]*)\.?([\da-f]*)(?:p([-+]?\d+))?$/i.exec(s)!;
  const mantissa = parseInt(`${m[2] || '0'}${m[3] ?? ''}`, 16) / 16 ** (m[3]?.length ?? 0);
  return (m[1] === '-' ? -1 : 1) * mantissa * 2 ** Number(m[4] ?? 0);
}
