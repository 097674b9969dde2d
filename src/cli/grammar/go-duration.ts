/**
 * @module
 * Go's `time.Duration` as docker's flags and filters read and print it: `time.ParseDuration`
 * (`1h30m`, `1.5s`, `-2m`, `300ms`) with Go's error texts, and `Duration.String()` (`1h0m0s`,
 * `1.5s`, `300ms`). Durations are nanoseconds held in a JS number (exact to about 104 days).
 */
import { goQuote } from './go-strconv.js';

/** Nanoseconds per unit, as `time.ParseDuration` accepts them. */
const UNITS: { readonly [unit: string]: number } = {
  ns: 1,
  us: 1e3,
  'µs': 1e3,
  'μs': 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** A failed `time.ParseDuration`; `message` is Go's text (`time: invalid duration "x"`). */
export class GoDurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoDurationError';
  }
}

/** Go's `time.ParseDuration`: nanoseconds, or a {@link GoDurationError}. */
export function parseGoDuration(text: string): number {
  const invalid = () => new GoDurationError(`time: invalid duration ${goQuote(text)}`);
  let s = text;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw invalid();
  let total = 0;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    const whole = m[1] ?? '';
    const frac = m[2];
    if (whole === '' && (frac === undefined || frac === '')) throw invalid();
    s = s.slice(m[0].length);
    const u = /^[^\d.]*/.exec(s)![0];
    if (u === '') throw new GoDurationError(`time: missing unit in duration ${goQuote(text)}`);
    const scale = UNITS[u];
    if (scale === undefined) throw new GoDurationError(`time: unknown unit ${goQuote(u)} in duration ${goQuote(text)}`);
    s = s.slice(u.length);
    // As Go: the fraction's digits as an integer, times unit / 10^digits, truncated.
    total += Number(whole || '0') * scale + (frac ? Math.trunc(Number(frac) * (scale / 10 ** frac.length)) : 0);
    if (total > 2 ** 63) throw invalid();
  }
  return negative ? -total : total;
}

/** Go's `Duration.String()`: `1h2m3.5s`, `1.5s`, `300ms`, `0s`. */
export function formatGoDuration(ns: number): string {
  if (ns === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  let u = Math.abs(Math.round(ns));
  if (u < 1e9) {
    // Sub-second: the largest unit that keeps a leading digit.
    const [scale, unit] = u < 1e3 ? [1, 'ns'] : u < 1e6 ? [1e3, 'µs'] : [1e6, 'ms'];
    return `${sign}${fraction(u, scale)}${unit}`;
  }
  const hours = Math.floor(u / 3600e9);
  u -= hours * 3600e9;
  const minutes = Math.floor(u / 60e9);
  u -= minutes * 60e9;
  let out = `${fraction(u, 1e9)}s`;
  if (hours > 0 || minutes > 0) out = `${minutes}m${out}`;
  if (hours > 0) out = `${hours}h${out}`;
  return sign + out;
}

/** `value / scale` printed with the fractional digits Go keeps (trailing zeros trimmed). */
function fraction(value: number, scale: number): string {
  const whole = Math.floor(value / scale);
  const rest = value - whole * scale;
  if (rest === 0) return String(whole);
  const digits = String(scale).length - 1;
  return `${whole}.${String(rest).padStart(digits, '0').replace(/0+$/, '')}`;
}
