/**
 * @module
 * Go time layouts the docker CLI prints: `time.ANSIC` (`Fri May 30 12:07:26 2025`) for build times.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Go's `time.ANSIC` layout in UTC: `Mon Jan _2 15:04:05 2006`. */
export function formatAnsic(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/**
 * Go's `time.Time.String()` in UTC (`2006-01-02 15:04:05.999999999 -0700 MST`):
 * `2025-01-01 00:00:00 +0000 UTC`, fractional seconds only when present.
 */
export function goTimeString(ms: number, extraNanos = 0): string {
  const d = new Date(Math.floor(ms));
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  const nanos = (Math.floor(ms) % 1000) * 1e6 + extraNanos;
  const frac = nanos > 0 ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
  return `${date} ${time}${frac} +0000 UTC`;
}

/** Go's `time.RFC3339Nano` in UTC (`2025-01-01T00:00:00.5Z`), as `docker events --format` prints times. */
export function goRfc3339Nano(ms: number, extraNanos = 0): string {
  const d = new Date(Math.floor(ms));
  const nanos = (Math.floor(ms) % 1000) * 1e6 + extraNanos;
  const frac = nanos > 0 ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
  return `${d.toISOString().slice(0, 19)}${frac}Z`;
}

/** Go's `RFC3339NanoFixed` of a time in epoch milliseconds (`2025-01-01T00:02:00.106000000Z`), exact. */
export function rfc3339NanoFixedMs(ms: number): string {
  const whole = Math.floor(ms);
  return `${new Date(whole).toISOString().slice(0, 19)}.${String(((whole % 1000) + 1000) % 1000).padStart(3, '0')}000000Z`;
}
