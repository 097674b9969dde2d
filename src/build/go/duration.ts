/**
 * @module
 * Go's `time.ParseDuration` and `time.Duration.String`. Docker parses HEALTHCHECK's `--interval`,
 * `--timeout`, `--start-period` and `--start-interval` with the first (so `90s`, `1m30s`, `1.5h`
 * and Go's exact error texts), and prints durations with the second in the classic builder's
 * history text (`Interval:1m30s`). Durations are integer nanoseconds, as on the wire.
 */

const UNITS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  '\u00b5s': 1_000n,
  '\u03bcs': 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const MAX = 1n << 63n;

/** Go's `time.quote`: ASCII kept (with `"` and `\` escaped), anything else as `\xNN` bytes. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    if (ch < ' ' || ch > '\u007f') {
      for (const b of new TextEncoder().encode(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else {
      out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
    }
  }
  return `${out}"`;
}

/** A Go duration error, worded as Go words it (`time: invalid duration "x"`). */
export class DurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DurationError';
  }
}

const isDigitAt = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/** Go `time.ParseDuration`: nanoseconds, or throws {@link DurationError} with Go's message. */
export function parseGoDuration(input: string): number {
  const invalid = () => new DurationError(`time: invalid duration ${timeQuote(input)}`);
  let s = input;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw invalid();
  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigitAt(s, 0))) throw invalid();
    let i = 0;
    let v = 0n;
    while (isDigitAt(s, i)) {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > MAX) throw invalid();
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    let post = false;
    let frac = 0;
    let scale = 1;
    if (s.startsWith('.')) {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (isDigitAt(s, j)) {
        // Go stops accumulating once the fraction would overflow, but keeps consuming digits.
        if (!overflow && frac * 10 + 9 < Number.MAX_SAFE_INTEGER) {
          frac = frac * 10 + (s.charCodeAt(j) - 48);
          scale *= 10;
        } else {
          overflow = true;
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) throw invalid();
    let u = 0;
    while (u < s.length && s[u] !== '.' && !isDigitAt(s, u)) u++;
    if (u === 0) throw new DurationError(`time: missing unit in duration ${timeQuote(input)}`);
    const unitName = s.slice(0, u);
    s = s.slice(u);
    const unit = UNITS[unitName];
    if (unit === undefined) {
      throw new DurationError(`time: unknown unit ${timeQuote(unitName)} in duration ${timeQuote(input)}`);
    }
    if (v > MAX / unit) throw invalid();
    v *= unit;
    if (frac > 0) {
      v += BigInt(Math.trunc(frac * (Number(unit) / scale)));
      if (v > MAX) throw invalid();
    }
    total += v;
    if (total > MAX) throw invalid();
  }
  if (!neg && total > MAX - 1n) throw invalid();
  return Number(neg ? -total : total);
}

/** Prints `v / 10^prec` as Go does: the fraction without trailing zeros, no `.` if it is zero. */
function fmtFrac(v: bigint, prec: number): { frac: string; rest: bigint } {
  let digits = '';
  let print = false;
  let rest = v;
  for (let i = 0; i < prec; i++) {
    const digit = rest % 10n;
    print = print || digit !== 0n;
    if (print) digits = digit.toString() + digits;
    rest /= 10n;
  }
  return { frac: print ? `.${digits}` : '', rest };
}

/** Go `time.Duration.String`: `0s`, `1.5s`, `100ms`, `1m30s`, `2h0m0s`. */
export function formatGoDuration(nanoseconds: number): string {
  let u = BigInt(Math.trunc(nanoseconds));
  const neg = u < 0n;
  if (neg) u = -u;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    let unit: string;
    let prec: number;
    if (u < 1_000n) [unit, prec] = ['ns', 0];
    else if (u < 1_000_000n) [unit, prec] = ['\u00b5s', 3];
    else [unit, prec] = ['ms', 6];
    const { frac, rest } = fmtFrac(u, prec);
    out = `${rest}${frac}${unit}`;
  } else {
    const { frac, rest } = fmtFrac(u, 9);
    out = `${rest % 60n}${frac}s`;
    const minutes = rest / 60n;
    if (minutes > 0n) {
      out = `${minutes % 60n}m${out}`;
      const hours = minutes / 60n;
      if (hours > 0n) out = `${hours}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}
