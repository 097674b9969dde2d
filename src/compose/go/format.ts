/**
 * @module
 * Go's `fmt.Sprint` of the scalar values a YAML document decodes to, which compose-go uses when a
 * number or boolean stands where a string is expected (environment values, labels, `expose`,
 * `extra_hosts`): integers print plainly, other floats as `%v` (`0.5`, `1e-05`, `1.5e+06`).
 */

/** Go's `%v` of a float64 that is not an integer: shortest digits, `%e` below 1e-4 or from 1e6. */
function goFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  const [mantissa, exponentText] = value.toExponential().split('e') as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return String(value);
}

/** `fmt.Sprint` of a decoded YAML scalar (`null` prints `<nil>`, as Go's nil interface does). */
export function goSprint(value: string | number | boolean | null): string {
  if (value === null) return '<nil>';
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 63 ? BigInt(value).toString() : goFloat(value);
  return String(value);
}

/** Go's `strconv.Quote` for the texts Compose quotes in messages (`%q`). */
export function goQuote(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return `${out}"`;
}
