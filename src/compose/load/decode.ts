/**
 * @module
 * Typed decoding of canonical compose values (compose-go's mapstructure hooks and `types`
 * decoders): strings from numbers, booleans from `"true"`/`"yes"`, durations, key=value lists,
 * `MappingWithEquals`, host lists. Failures read as mapstructure prints them:
 * `'services[web].healthcheck.interval' time: unknown unit "x" in duration "10x"`.
 */
import type { Json } from '../../core/serialize.js';
import { parseGoDuration } from '../go/duration.js';
import { ramInBytes } from '../go/units.js';
import { goSprint } from '../go/format.js';
import { isDict } from './dict.js';

/** A value that does not decode into its attribute's type. */
export class DecodeError extends Error {
  constructor(name: string, reason: string) {
    super(`decoding failed due to the following error(s):\n\n'${name}' ${reason}`);
  }
}

const scalarText = (v: Json): string => goSprint(v as string | number | boolean | null);

/** A string attribute; numbers become their decimal text (compose-go's `cast` hook). */
export function str(v: Json | undefined, name: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  throw new DecodeError(name, `expected type 'string', got unconvertible type '${goType(v)}'`);
}

/** A boolean attribute; strings read as compose-go's `toBoolean` does. */
export function bool(v: Json | undefined, name: string): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const lower = v.toLowerCase();
    if (['true', 'y', 'yes', 'on'].includes(lower)) return true;
    if (['false', 'n', 'no', 'off'].includes(lower)) return false;
    throw new DecodeError(name, `invalid boolean: ${v}`);
  }
  throw new DecodeError(name, `expected type 'bool', got unconvertible type '${goType(v)}'`);
}

/** An integer attribute; numeric strings accepted. */
export function int(v: Json | undefined, name: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^[-+]?[0-9]+$/.test(v)) return Number(v);
  if (typeof v === 'string') throw new DecodeError(name, `strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
  throw new DecodeError(name, `expected type 'int', got unconvertible type '${goType(v)}'`);
}

/** A `UnitBytes` attribute: an integer, or a size such as `512m`. */
export function bytes(v: Json | undefined, name: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return Math.trunc(v);
  try {
    return ramInBytes(String(v));
  } catch (e) {
    throw new DecodeError(name, (e as Error).message);
  }
}

/** A float attribute (`cpus`); numeric strings accepted. */
export function float(v: Json | undefined, name: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  if (Number.isNaN(n)) throw new DecodeError(name, `strconv.ParseFloat: parsing ${JSON.stringify(String(v))}: invalid syntax`);
  return n;
}

/** A duration attribute in nanoseconds (str2duration: `10s`, `1m30s`, `2d`). */
export function duration(v: Json | undefined, name: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  try {
    return parseGoDuration(scalarText(v), true);
  } catch (e) {
    throw new DecodeError(name, (e as Error).message);
  }
}

/** A string-or-list attribute (`StringList`): one string becomes a list of one. */
export function strings(v: Json | undefined, name: string): readonly string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) throw new DecodeError(name, `invalid type ${goType(v)} for string list`);
  return v.map((e, i) => str(e, `${name}[${i}]`) ?? '');
}

/** A list whose items print as text (`StringOrNumberList`, e.g. `expose`). */
export function texts(v: Json | undefined): readonly string[] | undefined {
  if (v === undefined || v === null) return undefined;
  return (Array.isArray(v) ? v : [v]).map(scalarText);
}

/** Go's name for a decoded value's type, for mapstructure's messages. */
export function goType(v: Json): string {
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return '[]interface {}';
  if (isDict(v)) return 'map[string]interface {}';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  return typeof v === 'boolean' ? 'bool' : 'string';
}

/** An object without its undefined fields (the model never holds `undefined`). */
export function compact<T extends object>(fields: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out as T;
}
