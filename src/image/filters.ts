/**
 * @module
 * The filter arguments of list and prune endpoints (moby `api/types/filters`): validation of the
 * accepted names, boolean filters, `label` key/value matching, Go `path.Match` globs for
 * `reference`, and `until` timestamps (durations, Unix times, RFC 3339 dates).
 */
import { DockerError } from '../core/errors.js';
import { badPattern, invalidFilter } from '../core/messages/image.js';

/** Filters as the Engine API takes them: name → accepted values. */
export type Filters = { readonly [name: string]: readonly string[] };

/** Throws `invalid filter '<name>'` for a filter name not in `accepted`. */
export function validateFilters(filters: Filters, accepted: readonly string[]): void {
  for (const name of Object.keys(filters)) if (!accepted.includes(name)) throw invalidFilter(name);
}

/** True when the filter is present with at least one value. */
export function hasFilter(filters: Filters, name: string): boolean {
  return (filters[name]?.length ?? 0) > 0;
}

/** A boolean filter (`true`/`1`, `false`/`0`), or `fallback` when absent; conflicting or other values are invalid. */
export function boolFilter(filters: Filters, name: string, fallback: boolean): boolean {
  const values = filters[name];
  if (!values || values.length === 0) return fallback;
  const set = new Set(values);
  const isFalse = set.has('0') || set.has('false');
  const isTrue = set.has('1') || set.has('true');
  if (values.length > 1 || isFalse === isTrue) throw invalidFilter(name, values);
  return isTrue;
}

/** Every `key` or `key=value` of the filter holds in `labels` (true when the filter is absent). */
export function matchLabels(filters: Filters, name: string, labels: { readonly [key: string]: string } | undefined): boolean {
  const values = filters[name];
  if (!values || values.length === 0) return true;
  if (!labels || Object.keys(labels).length === 0) return false;
  return values.every((value) => {
    const eq = value.indexOf('=');
    const key = eq < 0 ? value : value.slice(0, eq);
    if (!(key in labels)) return false;
    return eq < 0 || labels[key] === value.slice(eq + 1);
  });
}

/** Go's `path.Match`: `*` and `?` never cross `/`, `[…]` classes with ranges and `^` negation, `\` escapes. */
export function globMatch(pattern: string, name: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      if (i + 1 >= pattern.length) throw badPattern();
      re += '\\' + pattern[++i];
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) throw badPattern();
      let body = pattern.slice(i + 1, end);
      if (body.startsWith('^')) body = '^' + body.slice(1).replace(/[\]\\]/g, '\\$&');
      else body = body.replace(/[\]\\^]/g, '\\$&');
      re += `(?!/)[${body}]`;
      i = end;
    } else re += c.replace(/[.+^${}()|\]\\/]/g, '\\$&');
  }
  return new RegExp(re + '$').test(name);
}

const UNIT_MS: { readonly [unit: string]: number } = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A Go duration (`10m`, `1h30m`, `1.5s`) in milliseconds, or undefined. */
export function parseGoDuration(text: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let pos = 0;
  const sign = text.startsWith('-') ? -1 : 1;
  if (text.startsWith('-') || text.startsWith('+')) pos = 1;
  if (pos >= text.length) return undefined;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    total += parseFloat(m[1]!) * UNIT_MS[m[2]!]!;
    pos = re.lastIndex;
  }
  return sign * total;
}

/**
 * An `until`/`since` value as epoch ms (moby `timetypes.GetTimestamp`): a Go duration before
 * `now`, Unix seconds (with fraction), or an RFC 3339 / `YYYY-MM-DD[THH:MM:SS]` date (UTC).
 */
export function parseTimeFilter(value: string, now: number): number {
  const duration = parseGoDuration(value);
  if (duration !== undefined) return now - duration;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.floor(parseFloat(value) * 1000);
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) {
    const iso = /Z|[+-]\d{2}:?\d{2}$/.test(value) ? value : value.length === 10 ? `${value}T00:00:00Z` : `${value.replace(' ', 'T')}Z`;
    const ms = Date.parse(iso);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new DockerError('InvalidParameter', `failed to parse value as time or duration: ${JSON.stringify(value)}`);
}
