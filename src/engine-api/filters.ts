/**
 * @module
 * The `filters` query parameter as the daemon parses it (moby `filters.FromJSON`): a JSON object
 * mapping each filter name to `{"value": true, …}` (API ≥ 1.22), or the legacy
 * `{"name": ["value", …]}` form of older clients. Anything else is `invalid filter`.
 */
import * as messages from '../core/messages/index.js';

/** Parsed filters: each name with its values, in the order the client sent them. */
export type Filters = { readonly [name: string]: readonly string[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses a `filters` value; the empty string means no filters. */
export function parseFilters(text: string): Filters {
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw messages.invalidFilter();
  }
  if (parsed === null) return {};
  if (!isPlainObject(parsed)) throw messages.invalidFilter();
  const entries = Object.entries(parsed);
  // Each value must be a map of booleans (current form)…
  const current = entries.every(([, v]) => v === null || (isPlainObject(v) && Object.values(v).every((b) => typeof b === 'boolean')));
  if (current) return Object.fromEntries(entries.map(([k, v]) => [k, v === null ? [] : Object.keys(v as object)]));
  // …or, for the whole object, a list of strings (the form before API 1.22).
  const legacy = entries.every(([, v]) => v === null || (Array.isArray(v) && v.every((s) => typeof s === 'string')));
  if (legacy) return Object.fromEntries(entries.map(([k, v]) => [k, v === null ? [] : [...new Set(v as string[])]]));
  throw messages.invalidFilter();
}

/** moby `Args.Validate`: every filter name must be one the endpoint accepts. */
export function validateFilterNames(filters: Filters, accepted: readonly string[]): void {
  for (const name of Object.keys(filters)) if (!accepted.includes(name)) throw messages.invalidFilter(name);
}
