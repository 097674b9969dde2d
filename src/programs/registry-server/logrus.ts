/**
 * @module
 * logrus's text format, as the registry writes its log to stderr: `time="…" level=info
 * msg="listening on [::]:5000"` followed by the fields in key order, values quoted only when they
 * need it; the time is RFC 3339 with Go's trimmed fractional seconds.
 */

/** Go's `time.RFC3339Nano` of epoch ms in UTC (trailing zeros of the fraction dropped). */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  const [head, frac = '000Z'] = iso.split('.');
  const digits = frac.replace('Z', '').replace(/0+$/, '');
  return `${head}${digits ? `.${digits}` : ''}Z`;
}

function value(v: string): string {
  return /^[A-Za-z0-9\-._/@^+]+$/.test(v) ? v : JSON.stringify(v);
}

/** One log line. */
export function logrusLine(ms: number, level: string, msg: string, fields: { readonly [key: string]: string }): string {
  const rest = Object.keys(fields)
    .sort()
    .map((k) => `${k}=${value(fields[k]!)}`)
    .join(' ');
  return `time="${rfc3339Nano(ms)}" level=${level} msg=${value(msg)}${rest ? ` ${rest}` : ''}\n`;
}
