/**
 * @module
 * How Go templates see JavaScript data: `null` is Go's nil, a missing map key is the invalid
 * value printed `<no value>`, arrays are slices, plain objects are maps (or structs, when all
 * their keys are exported names), and objects tagged with {@link GO_TYPE} are Go structs whose
 * function properties are methods (docker's formatter contexts: `.ID`, `.Label "x"`). Printing
 * follows `fmt.Sprint` (`[a b]`, `map[k:v]`, `{running true}`); truth follows `template.IsTrue`.
 */
import { formatFloatV } from '../../core/go-float.js';
import { looksLikeStruct } from '../format/go-json.js';

/** Go's invalid `reflect.Value`: what a missing map key or an empty pipeline yields. */
export const NO_VALUE: unique symbol = Symbol('no value');

/** Tags an object as a Go struct pointer of this type (`*formatter.ContainerContext`). */
export const GO_TYPE: unique symbol = Symbol.for('dockersim.goType');

/** Marks a tagged value as a Go map type with methods (docker's `SubHeaderContext`): missing keys are not errors. */
export const GO_MAP: unique symbol = Symbol.for('dockersim.goMap');

/** A Go struct seen by templates: fields, and methods as functions. */
export interface GoStruct {
  readonly [GO_TYPE]: string;
  readonly [name: string]: unknown;
}

/** True for objects tagged as Go structs. */
export function isGoStruct(v: unknown): v is GoStruct {
  return typeof v === 'object' && v !== null && GO_TYPE in v;
}

/** A plain JavaScript object (a Go map or an untagged struct). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isGoStruct(v) && !(v instanceof Uint8Array);
}

/** The Go type name a value shows in error messages. */
export function goTypeName(v: unknown): string {
  if (v === NO_VALUE) return '<invalid reflect.Value>';
  if (v === null || v === undefined) return 'interface {}';
  if (isGoStruct(v)) return v[GO_TYPE];
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float64';
    case 'boolean':
      return 'bool';
    case 'function':
      return 'func(...interface {}) (interface {}, error)';
  }
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => typeof x === 'string') ? '[]string' : '[]interface {}';
  return 'map[string]interface {}';
}

/** `template.IsTrue`: the zero value of its type is false; structs are always true. */
export function isTrue(v: unknown): boolean {
  if (v === NO_VALUE || v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isGoStruct(v)) return true;
  if (isPlainObject(v)) return looksLikeStruct(v) || Object.keys(v).length > 0;
  return true;
}

/** The fields of a struct-like value, in order (methods of tagged structs excluded). */
function structFields(v: object): unknown[] {
  return Object.keys(v)
    .filter((k) => typeof (v as Record<string, unknown>)[k] !== 'function')
    .map((k) => (v as Record<string, unknown>)[k]);
}

/** `fmt.Sprint` of one value (`%v`). */
export function printValue(v: unknown): string {
  if (v === NO_VALUE) return '<no value>';
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatFloatV(v);
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return `[${v.map(printValue).join(' ')}]`;
  if (isGoStruct(v)) return `&{${structFields(v).map(printValue).join(' ')}}`;
  if (isPlainObject(v)) {
    if (looksLikeStruct(v)) return `{${structFields(v).map(printValue).join(' ')}}`;
    return `map[${Object.keys(v)
      .sort()
      .map((k) => `${k}:${printValue(v[k])}`)
      .join(' ')}]`;
  }
  return String(v);
}
