/**
 * @module
 * The filter matching networks and volumes add to the image layer's (`image/filters.ts`): exact
 * values, Go-regexp matches for names and ids (moby `Args.Match`), prune's negative `label!`, and
 * a boolean filter worded as moby's `invalidFilter` prints it (`'dangling=[maybe]'`).
 */
import { DockerError } from '../core/errors.js';
import { matchLabels, type Filters } from '../image/filters.js';

export { validateFilters } from '../image/filters.js';

/** Filters as the Engine API carries them: each name with its accepted values. */
export type FilterArgs = Filters;

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
  return matchLabels(filters, name, labels ?? undefined);
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
  if (values.length === 0 || isFalse === isTrue) throw new DockerError('InvalidParameter', `invalid filter '${name}=[${values.join(' ')}]'`);
  return isTrue;
}
