/**
 * @module
 * `since`/`until` query values (events, logs) as the daemon parses them (moby
 * `timetypes.ParseTimestamps`): Unix seconds with an optional fraction (`1735689600.5` is half a
 * second past). dockersim also accepts an RFC 3339 timestamp, which the docker CLI would have
 * converted client-side. Virtual time has millisecond resolution, so a bound with a finer
 * fraction is rounded inwards (`since` up, `until` down), which keeps exactly the same events.
 */
import * as messages from '../core/messages/index.js';

const INT64_MAX = 2n ** 63n - 1n;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** Go's `strconv.ParseInt(text, 10, 64)`, with its error text. */
export function parseGoInt(text: string): bigint {
  if (!/^[+-]?\d+$/.test(text)) throw messages.parseIntFailed(text, 'invalid syntax');
  const value = BigInt(text);
  if (value > INT64_MAX || value < -INT64_MAX - 1n) throw messages.parseIntFailed(text, 'value out of range');
  return value;
}

/** Parses a bound to epoch nanoseconds. */
export function parseTimestampNanos(text: string): bigint {
  if (RFC3339.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) {
      const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
      const nanos = BigInt((fraction + '000000000').slice(0, 9));
      return BigInt(Math.floor(ms / 1000)) * 1_000_000_000n + nanos;
    }
  }
  const dot = text.indexOf('.');
  const seconds = parseGoInt(dot < 0 ? text : text.slice(0, dot));
  if (dot < 0) return seconds * 1_000_000_000n;
  const fraction = text.slice(dot + 1);
  const digits = parseGoInt(fraction);
  // Go scales the fraction to nine digits through a float64 and truncates.
  const nanos = BigInt(Math.trunc(Number(digits) * 10 ** (9 - fraction.length)));
  return seconds * 1_000_000_000n + nanos;
}

/** A bound in virtual epoch milliseconds; `round` says which way a sub-millisecond fraction goes. */
export function parseQueryTimestamp(text: string, round: 'up' | 'down'): number {
  const nanos = parseTimestampNanos(text);
  const ms = nanos / 1_000_000n;
  const exact = ms * 1_000_000n === nanos;
  const floor = nanos < 0n && !exact ? ms - 1n : ms;
  return Number(round === 'up' && !exact ? floor + 1n : floor);
}
