/**
 * @module
 * The `filters` query parameter as the docker CLI encodes it (API ≥ 1.22): a JSON object mapping
 * each filter name to an object of `{value: true}`, e.g. `{"status":{"running":true}}`.
 */

/** Filters of a list or stream operation, each a list of accepted values. */
export type FilterInit = { readonly [name: string]: readonly string[] };

/** Encodes `filters` for the query; `undefined` when there is none (the parameter is then left out). */
export function encodeFilters(filters: FilterInit | undefined): string | undefined {
  if (!filters) return undefined;
  const out: Record<string, Record<string, true>> = {};
  for (const [name, values] of Object.entries(filters)) {
    if (values.length === 0) continue;
    out[name] = Object.fromEntries(values.map((value) => [value, true] as const));
  }
  return Object.keys(out).length === 0 ? undefined : JSON.stringify(out);
}
