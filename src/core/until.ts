/**
 * @module
 * The `until` filter of prune operations (moby `api/types/time.GetTimestamp`): a Go duration
 * counted back from now (`24h`, `1h30m`), an RFC 3339 time or date, or Unix seconds. The daemon
 * runs in UTC, so times without a zone are UTC.
 */
import { DockerError } from './errors.js';

const UNIT_MS: { readonly [unit: string]: number } = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses a Go duration (`1h30m`, `-5m`, `300ms`) into milliseconds; `undefined` if it is not one. */
export function parseGoDuration(text: string): number | undefined {
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (!m) return text === '0' ? 0 : undefined;
  let total = 0;
  for (const part of text.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * UNIT_MS[part[2]!]!;
  return m[1] === '-' ? -total : total;
}

/** The instant (epoch ms) an `until` value names, relative to `nowMs`; throws Docker's 400 if unparsable. */
export function parseUntil(value: string, nowMs: number): number {
  const duration = value !== '0' ? parseGoDuration(value) : undefined;
  if (duration !== undefined) return nowMs - duration;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.floor(Number(value) * 1000);
  const zoned = /[zZ+]/.test(value) || (value.match(/-/g) ?? []).length === 3;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : zoned ? value : `${value}Z`;
  const ms = Date.parse(iso);
  if (!Number.isNaN(ms)) return ms;
  throw new DockerError('InvalidParameter', `failed to parse value as time or duration: ${JSON.stringify(value)}`);
}

/** The `until` filter of a prune, if any (`more than one until filter specified` when repeated). */
export function untilFilter(values: readonly string[] | undefined, nowMs: number): number | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.length > 1) throw new DockerError('InvalidParameter', 'more than one until filter specified');
  return parseUntil(values[0]!, nowMs);
}
