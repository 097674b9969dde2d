/**
 * @module
 * The save format: state as plain JSON. Tables become `{"$table": [[key, value], …]}`, bytes
 * `{"$bytes": "<base64>"}`, and an object reached from several places (a layer shared by images,
 * a file tree shared by containers) is written once (`{"$id": n, "$value": …}`) and then referred
 * to (`{"$ref": n}`), so a saved world keeps its structural sharing when loaded. Plain objects
 * whose keys start with `$` are wrapped as `{"$object": …}` so nothing is misread.
 */
import { Table } from './table.js';
import { fromBase64, toBase64 } from './base64.js';

/** JSON values. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObjectLike(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Encodes a state value (tables, bytes, shared objects) as plain JSON. */
export function encodeState(value: unknown): Json {
  const seen = new Map<object, number>();
  const count = (v: unknown): void => {
    if (!isObjectLike(v)) return;
    const n = seen.get(v) ?? 0;
    seen.set(v, n + 1);
    if (n > 0) return;
    if (v instanceof Table) for (const [, item] of v.entries()) count(item);
    else if (v instanceof Uint8Array) return;
    else if (Array.isArray(v)) v.forEach(count);
    else for (const key of Object.keys(v)) count((v as Record<string, unknown>)[key]);
  };
  count(value);
  const ids = new Map<object, number>();
  const encode = (v: unknown): Json => {
    if (v === undefined) return null;
    if (!isObjectLike(v)) {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError(`cannot save ${v}`);
      if (typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol') throw new TypeError(`cannot save a ${typeof v}`);
      return v as Json;
    }
    const known = ids.get(v);
    if (known !== undefined) return { $ref: known };
    const shared = (seen.get(v) ?? 0) > 1;
    let id = -1;
    if (shared) {
      id = ids.size;
      ids.set(v, id);
    }
    let out: Json;
    if (v instanceof Table) out = { $table: [...v.entries()].map(([k, item]) => [k, encode(item)]) };
    else if (v instanceof Uint8Array) out = { $bytes: toBase64(v) };
    else if (Array.isArray(v)) out = v.map(encode);
    else {
      const obj: { [key: string]: Json } = {};
      let dollar = false;
      for (const key of Object.keys(v)) {
        const item = (v as Record<string, unknown>)[key];
        if (item === undefined) continue;
        if (key.startsWith('$')) dollar = true;
        Object.defineProperty(obj, key, { value: encode(item), enumerable: true, writable: true, configurable: true });
      }
      out = dollar ? { $object: obj } : obj;
    }
    return shared ? { $id: id, $value: out } : out;
  };
  return encode(value);
}

/** Decodes what {@link encodeState} produced, restoring tables, bytes and sharing. */
export function decodeState<T>(json: Json): T {
  const refs = new Map<number, unknown>();
  const decode = (v: Json): unknown => {
    if (!isObjectLike(v)) return v;
    if (Array.isArray(v)) return v.map(decode);
    if ('$ref' in v) {
      const target = refs.get(v.$ref as number);
      if (target === undefined) throw new SyntaxError(`dangling $ref ${String(v.$ref)}`);
      return target;
    }
    if ('$id' in v && '$value' in v) {
      const value = decode(v.$value as Json);
      refs.set(v.$id as number, value);
      return value;
    }
    if ('$table' in v) {
      const entries = (v.$table as [string, Json][]).map(([k, item]) => [k, decode(item)] as const);
      return Table.from(entries);
    }
    if ('$bytes' in v) return fromBase64(v.$bytes as string);
    const source = '$object' in v ? (v.$object as { [key: string]: Json }) : v;
    const obj: Record<string, unknown> = {};
    // defineProperty, not assignment: a "__proto__" key must stay a key, not become the prototype.
    for (const key of Object.keys(source)) Object.defineProperty(obj, key, { value: decode(source[key]!), enumerable: true, writable: true, configurable: true });
    return obj;
  };
  return decode(json) as T;
}
