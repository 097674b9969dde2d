/**
 * @module
 * Go's `fmt` verbs for floats (`%.4g`, `%.2f`, `%v`), rounding as Go does: from the exact
 * decimal value of the double, ties to even. go-units prints every size through `%.4g` and
 * `%.3g`, so `10.625kB` must print `10.62kB` as docker does, not JavaScript's `10.63`.
 */

/** The exact decimal digits of a finite positive double and its decimal exponent (`d.ddd × 10^exp`). */
function exactDigits(x: number): { digits: string; exp: number } {
  // toPrecision(100) is exact for the doubles we print (|x| between 1e-30 and 1e30).
  const [mantissa, e] = x.toExponential(99).split('e') as [string, string];
  return { digits: mantissa.replace('.', '').replace(/0+$/, '') || '0', exp: Number(e) };
}

/** Rounds a digit string to `n` digits, ties to even; returns the digits and a carry flag. */
function roundDigits(digits: string, n: number): { digits: string; carry: boolean } {
  if (digits.length <= n) return { digits: digits.padEnd(n, '0'), carry: false };
  const kept = digits.slice(0, n);
  const rest = digits.slice(n);
  const up = rest[0]! > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || Number(kept[n - 1] ?? '0') % 2 === 1));
  if (!up) return { digits: kept, carry: false };
  const arr = kept.split('').map(Number);
  let i = arr.length - 1;
  while (i >= 0) {
    if (arr[i]! < 9) {
      arr[i]! += 1;
      break;
    }
    arr[i] = 0;
    i--;
  }
  if (i < 0) return { digits: `1${arr.join('')}`.slice(0, Math.max(n, 1)), carry: true };
  return { digits: arr.join(''), carry: false };
}

function special(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  return undefined;
}

/** Go's `%.<precision>g` (shortest form: `%e` for exponents < -4 or ≥ precision; zeros trimmed). */
export function formatFloatG(x: number, precision: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const sign = x < 0 ? '-' : '';
  const p = precision === 0 ? 1 : precision;
  const { digits, exp } = exactDigits(Math.abs(x));
  const r = roundDigits(digits, p);
  const e = exp + (r.carry ? 1 : 0);
  const d = r.digits.replace(/0+$/, '') || '0';
  if (e < -4 || e >= p) {
    const mant = d.length > 1 ? `${d[0]}.${d.slice(1)}` : d;
    return `${sign}${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${d}`;
  if (d.length <= e + 1) return `${sign}${d.padEnd(e + 1, '0')}`;
  return `${sign}${d.slice(0, e + 1)}.${d.slice(e + 1)}`;
}

/** Go's `%.<precision>f`. */
export function formatFloatF(x: number, precision: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const ax = Math.abs(x);
  if (ax === 0) return `${sign}${precision > 0 ? `0.${'0'.repeat(precision)}` : '0'}`;
  const { digits, exp } = exactDigits(ax);
  // Number of significant digits kept: integer digits + precision.
  const n = exp + 1 + precision;
  let intPart: string;
  let fracPart: string;
  if (n <= 0) {
    // Everything rounds at or below the first kept position.
    const r = n === 0 ? roundDigits(`0${digits}`, 1) : { digits: '0', carry: false };
    const value = r.digits === '1' ? 1 : 0;
    const all = String(value).padStart(precision + 1, '0');
    intPart = all.slice(0, all.length - precision) || '0';
    fracPart = all.slice(all.length - precision);
  } else {
    const r = roundDigits(digits, n);
    const all = r.carry ? r.digits.padEnd(n + 1, '0') : r.digits;
    const intLen = exp + 1 + (r.carry ? 1 : 0);
    intPart = intLen > 0 ? all.slice(0, intLen) : '0';
    fracPart = intLen > 0 ? all.slice(intLen) : '0'.repeat(-intLen) + all;
    fracPart = fracPart.slice(0, precision).padEnd(precision, '0');
  }
  return `${sign}${intPart}${precision > 0 ? `.${fracPart}` : ''}`;
}

/** Go's `%v` of a float64 (`strconv.FormatFloat(x, 'g', -1, 64)`, shortest round-trip digits). */
export function formatFloatV(x: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mant, e] = x.toExponential().split('e') as [string, string];
  const exp = Number(e);
  // Go decides with precision 6 when printing the shortest digits: 1e+06, 123456, 1.5e-05.
  if (exp < -4 || exp >= 6) {
    return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(x);
}
