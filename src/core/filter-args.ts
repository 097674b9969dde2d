/**
 * @module
 * Docker's list and prune filters (`--filter key=value`, the `filters` query parameter): a map
 * from filter name to accepted values, with moby's matching rules (`api/types/filters/parse.go`):
 * exact matches, Go-regexp matches for names and ids, and `key` / `key=value` label matches.
 */
import { invalidBoolFilter, invalidFilter } from './messages/containers.js';

/** Filters as the Engine API carries them: each name with its accepted values. */
export type FilterArgs = { readonly [name: string]: readonly string[] };

/** Throws `invalid filter '<name>'` for a filter outside `accepted` (moby `Args.Validate`). */
export function validateFilters(filters: FilterArgs, accepted: readonly string[]): void {
  for (const name of Object.keys(filters)) if (!accepted.includes(name)) throw invalidFilter(name);
}

/** The values given for `name` (empty when the filter is absent). */
export function filterValues(filters: FilterArgs, name: string): readonly string[] {
  return filters[name] ?? [];
}

/** True when `name` is absent, or `value` equals one of its values (`Args.ExactMatch`). */
export function matchesExact(filters: FilterArgs, name: string, value: string): boolean {
  const values = filterValues(filters, name);
  return values.length === 0 || values.includes(value);
}

/**
 * True when `name` is absent, or one of its values equals `value` or matches it as an
 * unanchored regular expression (`Args.Match`, Go's regexp.MatchString). Invalid patterns match nothing.
 */
export function matchesPattern(filters: FilterArgs, name: string, value: string): boolean {
  const values = filterValues(filters, name);
  if (values.length === 0 || values.includes(value)) return true;
  return values.some((pattern) => {
    try {
      return new RegExp(pattern).test(value);
    } catch {
      return false;
    }
  });
}

/** True when every `key` / `key=value` of filter `name` is among `labels` (`Args.MatchKVList`). */
export function matchesLabels(filters: FilterArgs, name: string, labels: { readonly [key: string]: string } | null | undefined): boolean {
  const values = filterValues(filters, name);
  if (values.length === 0) return true;
  const source = labels ?? {};
  if (Object.keys(source).length === 0) return false;
  return values.every((value) => {
    const eq = value.indexOf('=');
    const key = eq < 0 ? value : value.slice(0, eq);
    if (!Object.hasOwn(source, key)) return false;
    return eq < 0 || source[key] === value.slice(eq + 1);
  });
}

/** False when filter `name` (`label!`) is given and all its labels match (prune's `matchLabels`). */
export function matchesNoLabel(filters: FilterArgs, name: string, labels: { readonly [key: string]: string } | null | undefined): boolean {
  return filterValues(filters, name).length === 0 || !matchesLabels(filters, name, labels);
}

/** A boolean filter (`dangling=true`): `fallback` when absent; throws on conflicting or non-boolean values (`GetBoolOrDefault`). */
export function boolFilter(filters: FilterArgs, name: string, fallback: boolean): boolean {
  const values = filters[name];
  if (values === undefined) return fallback;
  const isFalse = values.includes('0') || values.includes('false');
  const isTrue = values.includes('1') || values.includes('true');
  if (values.length === 0 || isFalse === isTrue) throw invalidBoolFilter(name, values);
  return isTrue;
}
