/**
 * @module
 * Time as Docker prints it: RFC 3339 with nanoseconds (Go's `time.RFC3339Nano`, trailing zeros
 * trimmed), Go's zero time for "never", and Unix seconds.
 */

/** Go's zero `time.Time` as Docker serializes it ("never started", "never finished"). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** Formats epoch milliseconds as Go's RFC3339Nano in UTC (`2025-01-01T00:00:00.5Z`). */
export function formatTimestamp(ms: number): string {
  const iso = new Date(Math.floor(ms)).toISOString(); // 2025-01-01T00:00:00.500Z
  const [main, frac = '000Z'] = iso.split('.');
  const digits = frac.slice(0, 3).replace(/0+$/, '');
  return digits ? `${main}.${digits}Z` : `${main}Z`;
}

/** Parses an RFC 3339 timestamp to epoch ms; Go's zero time gives `undefined`. */
export function parseTimestamp(text: string): number | undefined {
  if (text === ZERO_TIME || text.startsWith('0001-01-01')) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Whole seconds since the epoch. */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/**
 * Epoch milliseconds as the Engine API's `since`/`until` query value: Unix seconds, with the
 * fraction as nine digits of nanoseconds when there is one (`1735689600`, `1735689600.500000000`).
 */
export function formatUnixTimestamp(ms: number): string {
  const whole = Math.floor(ms);
  const seconds = Math.floor(whole / 1000);
  const millis = whole - seconds * 1000;
  return millis === 0 ? String(seconds) : `${seconds}.${String(millis * 1_000_000).padStart(9, '0')}`;
}

/**
 * Epoch milliseconds as Docker's `RFC3339NanoFixed` (`2006-01-02T15:04:05.000000000Z07:00`), the
 * fixed-width form `docker logs --timestamps` prefixes lines with, in UTC.
 */
export function formatTimestampFixed(ms: number): string {
  const whole = Math.floor(ms);
  const iso = new Date(whole).toISOString(); // 2025-01-01T00:00:00.500Z
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}
