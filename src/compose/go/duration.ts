/**
 * @module
 * Go durations as Compose reads and prints them: `time.ParseDuration` (what the schema's
 * duration format accepts), `str2duration` (what compose-go decodes, adding `d` and `w`), and
 * `time.Duration.String()` (what `docker compose config` prints: `1m30s`, `500ms`, `1h0m0s`).
 * Values are nanoseconds, as in the Engine API's `Healthcheck`.
 */

const UNITS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5 micro sign
  'μs': 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const LONG_UNITS: Readonly<Record<string, bigint>> = { ...UNITS, d: 86_400_000_000_000n, w: 604_800_000_000_000n };

const quote = (s: string): string => JSON.stringify(s);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Parses a Go duration (`1h30m`, `1.5s`, `-2m`, `0`) into nanoseconds; `days` also accepts the
 * `d` and `w` units of str2duration. Throws an Error with Go's message on bad input.
 */
export function parseGoDuration(text: string, days = false): number {
  const units = days ? LONG_UNITS : UNITS;
  let s = text;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new Error(`time: invalid duration ${quote(text)}`);
  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) throw new Error(`time: invalid duration ${quote(text)}`);
    let i = 0;
    while (isDigit(s[i])) i++;
    const whole = s.slice(0, i);
    s = s.slice(i);
    let fraction = '';
    let hasFraction = false;
    if (s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      while (isDigit(s[j])) j++;
      fraction = s.slice(0, j);
      hasFraction = j > 0;
      s = s.slice(j);
    }
    if (whole === '' && !hasFraction) throw new Error(`time: invalid duration ${quote(text)}`);
    let u = 0;
    while (u < s.length && !(s[u] === '.' || isDigit(s[u]))) u++;
    if (u === 0) throw new Error(`time: missing unit in duration ${quote(text)}`);
    const unitName = s.slice(0, u);
    s = s.slice(u);
    const unit = units[unitName];
    if (unit === undefined) throw new Error(`time: unknown unit ${quote(unitName)} in duration ${quote(text)}`);
    let value = BigInt(whole === '' ? '0' : whole) * unit;
    if (fraction !== '') value += (BigInt(fraction) * unit) / 10n ** BigInt(fraction.length);
    total += value;
    if (total > 9_223_372_036_854_775_807n) throw new Error(`time: invalid duration ${quote(text)}`);
  }
  return Number(negative ? -total : total);
}

/** Formats the fraction of `v / 10**prec`, without trailing zeros; returns [text, v / 10**prec]. */
function fraction(v: bigint, prec: number): [string, bigint] {
  let digits = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print ||= digit !== 0n;
    if (print) digits = digit.toString() + digits;
    v /= 10n;
  }
  return [print ? `.${digits}` : '', v];
}

/** Go's `time.Duration.String()` of a number of nanoseconds. */
export function formatGoDuration(nanoseconds: number): string {
  let u = BigInt(Math.trunc(nanoseconds));
  const negative = u < 0n;
  if (negative) u = -u;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    const [prec, unit] = u < 1_000n ? [0, 'ns'] : u < 1_000_000n ? [3, 'µs'] : [6, 'ms'];
    const [frac, rest] = fraction(u, prec);
    out = `${rest}${frac}${unit}`;
  } else {
    const [frac, seconds] = fraction(u, 9);
    out = `${seconds % 60n}${frac}s`;
    const minutes = seconds / 60n;
    if (minutes > 0n) {
      out = `${minutes % 60n}m${out}`;
      const hours = minutes / 60n;
      if (hours > 0n) out = `${hours}h${out}`;
    }
  }
  return negative ? `-${out}` : out;
}
