/**
 * @module
 * The loader's working representation: a compose document as plain JSON values (compose-go's
 * `map[string]any`), with helpers that never let a key such as `__proto__` touch a prototype.
 */
import type { Json } from '../../core/serialize.js';

/** A YAML mapping. */
export type Dict = { [key: string]: Json };

/** True for a mapping (not a list, not null). */
export const isDict = (value: Json | undefined): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets an own, enumerable key whatever its name (`__proto__` included). */
export function setKey<T>(dict: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true });
  else dict[key] = value;
}

/** A fresh mapping from entries. */
export function dictOf(entries: Iterable<readonly [string, Json]>): Dict {
  const out: Dict = {};
  for (const [k, v] of entries) setKey(out, k, v);
  return out;
}

/** The own value of a key (never an inherited one). */
export const getKey = (dict: Dict, key: string): Json | undefined => (Object.hasOwn(dict, key) ? dict[key] : undefined);

/** A deep copy, so a stage may change its input freely. */
export function cloneJson<T extends Json>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (isDict(value)) return dictOf(Object.entries(value).map(([k, v]) => [k, cloneJson(v)])) as T;
  return value;
}

/** The mapping at a key, or `undefined` when absent or not a mapping. */
export function dictAt(dict: Dict, key: string): Dict | undefined {
  const value = getKey(dict, key);
  return isDict(value) ? value : undefined;
}

/** A record of the entries sorted by key (as Compose lists services, networks, volumes). */
export function sortedRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) setKey(out, k, v);
  return out;
}
