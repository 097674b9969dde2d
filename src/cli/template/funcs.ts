/**
 * @module
 * The functions a docker template can call: Go's builtins (`and or not len index slice print
 * printf println eq ne lt le gt ge html js urlquery call`) and docker/cli's (`json split join
 * title lower upper pad truncate`, templates/templates.go), each with its Go signature so that
 * arity and argument types are checked as Go checks them. {@link HEADER_FUNCS} are the versions
 * docker uses to render table headers (they return the column name unchanged).
 */
import { goJson } from '../format/go-json.js';
import { sprint, sprintf, sprintln } from './printf.js';
import { goTypeName, isPlainObject, isTrue, NO_VALUE, printValue } from './values.js';

/** A Go parameter type, for argument checking. */
export type ParamType = 'any' | 'string' | 'int' | '[]string' | 'bool';

/** A template function: its Go signature and its body. Throw {@link FuncError} for Go's `error` results. */
export interface TemplateFunc {
  readonly params: readonly ParamType[];
  /** Type of the variadic tail, if any. */
  readonly variadic?: ParamType;
  /** `and` / `or`: arguments are evaluated lazily (`args` are thunks). */
  readonly lazy?: boolean;
  readonly fn: (...args: never[]) => unknown;
}

/** An error a function returned (`error calling index: …`). */
export class FuncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FuncError';
  }
}

const f = (params: readonly ParamType[], fn: TemplateFunc['fn'], variadic?: ParamType, lazy = false): TemplateFunc => ({ params, variadic, fn, lazy });

/** Go's `basicKind`: the comparable kinds; everything else (nil, maps, slices, structs) is `invalid`. */
const basicKind = (v: unknown): 'string' | 'int' | 'float' | 'bool' | 'invalid' => {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'boolean') return 'bool';
  return 'invalid';
};

const isNil = (v: unknown) => v === null || v === undefined || v === NO_VALUE;

function compare(a: unknown, b: unknown, op: 'lt' | 'le'): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka === 'invalid' || kb === 'invalid' || ka === 'bool' || kb === 'bool') throw new FuncError('invalid type for comparison');
  if (ka !== kb) throw new FuncError('incompatible types for comparison');
  return op === 'lt' ? (a as number | string) < (b as number | string) : (a as number | string) <= (b as number | string);
}

/** Go's `eq`: true when `arg1` equals any of `args`; nil compares with anything without error. */
function eq(arg1: unknown, ...args: unknown[]): boolean {
  if (args.length === 0) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const arg of args) {
    const k = basicKind(arg);
    if (k1 !== k) {
      if (!isNil(arg1) && !isNil(arg)) throw new FuncError('incompatible types for comparison');
      continue;
    }
    if (k1 !== 'invalid') {
      if (arg1 === arg) return true;
      continue;
    }
    if (isNil(arg1) || isNil(arg)) {
      if (isNil(arg1) === isNil(arg)) return true;
      continue;
    }
    if (Array.isArray(arg1) || isPlainObject(arg1)) throw new FuncError(`non-comparable type ${printValue(arg1)}: ${goTypeName(arg1)}`);
    if (arg1 === arg) return true;
  }
  return false;
}

function length(item: unknown): number {
  if (item === null || item === undefined || item === NO_VALUE) throw new FuncError('len of nil pointer');
  if (typeof item === 'string') return new TextEncoder().encode(item).length;
  if (Array.isArray(item)) return item.length;
  if (isPlainObject(item)) return Object.keys(item).length;
  throw new FuncError(`len of type ${goTypeName(item)}`);
}

function indexArg(index: unknown, cap: number): number {
  if (index === null || index === undefined) throw new FuncError('cannot index slice/array with nil');
  if (typeof index !== 'number' || !Number.isInteger(index)) throw new FuncError(`cannot index slice/array with type ${goTypeName(index)}`);
  if (index < 0 || index >= cap) throw new FuncError(`index out of range: ${index}`);
  return index;
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  let v = item;
  if (v === null || v === undefined || v === NO_VALUE) throw new FuncError('index of untyped nil');
  for (const i of indexes) {
    if (v === null || v === undefined) throw new FuncError('index of nil pointer');
    if (typeof v === 'string') v = new TextEncoder().encode(v)[indexArg(i, new TextEncoder().encode(v).length)];
    else if (Array.isArray(v)) v = v[indexArg(i, v.length)];
    else if (isPlainObject(v)) {
      if (typeof i !== 'string') throw new FuncError(`value has type ${goTypeName(i)}; should be string`);
      // A missing key gives the element type's zero value: "" for string maps, nil otherwise.
      v = i in v ? v[i] : Object.values(v).every((x) => typeof x === 'string') ? '' : null;
    } else throw new FuncError(`can't index item of type ${goTypeName(v)}`);
  }
  return v;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === null || item === undefined) throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  const isString = typeof item === 'string';
  if (!isString && !Array.isArray(item)) throw new FuncError(`can't slice item of type ${goTypeName(item)}`);
  const len = (item as string | unknown[]).length;
  const idx = indexes.map((i) => indexArg(i, len + 1));
  const [lo = 0, hi = len] = idx;
  if (lo > hi) throw new FuncError(`invalid slice index: ${lo} > ${hi}`);
  return (item as string | unknown[]).slice(lo, hi);
}

const htmlEscape = (s: string) => s.replace(/[&'<>"\0]/g, (c) => ({ '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '"': '&#34;', '\0': '\uFFFD' })[c]!);
const jsEscape = (s: string) =>
  s.replace(/[\\'"<>&=\n\r\t\0-\x1f]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
const evalArgs = (args: readonly unknown[]) => (args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args));

/** Go's `strings.Title` (deprecated, but what docker uses): upper-cases each word's first letter. */
function title(s: string): string {
  return s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Go's builtin template functions. */
export const BUILTIN_FUNCS: { readonly [name: string]: TemplateFunc } = {
  and: f(['any'], ((...thunks: (() => unknown)[]) => {
    let v: unknown = NO_VALUE;
    for (const t of thunks) {
      v = t();
      if (!isTrue(v)) return v;
    }
    return v;
  }) as TemplateFunc['fn'], 'any', true),
  or: f(['any'], ((...thunks: (() => unknown)[]) => {
    let v: unknown = NO_VALUE;
    for (const t of thunks) {
      v = t();
      if (isTrue(v)) return v;
    }
    return v;
  }) as TemplateFunc['fn'], 'any', true),
  not: f(['any'], ((v: unknown) => !isTrue(v)) as TemplateFunc['fn']),
  len: f(['any'], length as TemplateFunc['fn']),
  index: f(['any'], index as TemplateFunc['fn'], 'any'),
  slice: f(['any'], slice as TemplateFunc['fn'], 'any'),
  print: f([], ((...a: unknown[]) => sprint(a)) as TemplateFunc['fn'], 'any'),
  printf: f(['string'], ((format: string, ...a: unknown[]) => sprintf(format, a)) as TemplateFunc['fn'], 'any'),
  println: f([], ((...a: unknown[]) => sprintln(a)) as TemplateFunc['fn'], 'any'),
  eq: f(['any'], eq as TemplateFunc['fn'], 'any'),
  ne: f(['any', 'any'], ((a: unknown, b: unknown) => !eq(a, b)) as TemplateFunc['fn']),
  lt: f(['any', 'any'], ((a: unknown, b: unknown) => compare(a, b, 'lt')) as TemplateFunc['fn']),
  le: f(['any', 'any'], ((a: unknown, b: unknown) => compare(a, b, 'le')) as TemplateFunc['fn']),
  gt: f(['any', 'any'], ((a: unknown, b: unknown) => !compare(a, b, 'le')) as TemplateFunc['fn']),
  ge: f(['any', 'any'], ((a: unknown, b: unknown) => !compare(a, b, 'lt')) as TemplateFunc['fn']),
  html: f([], ((...a: unknown[]) => htmlEscape(evalArgs(a))) as TemplateFunc['fn'], 'any'),
  js: f([], ((...a: unknown[]) => jsEscape(evalArgs(a))) as TemplateFunc['fn'], 'any'),
  urlquery: f([], ((...a: unknown[]) => encodeURIComponent(evalArgs(a)).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)) as TemplateFunc['fn'], 'any'),
  call: f(['any'], ((fn: unknown, ...a: unknown[]) => {
    if (typeof fn !== 'function') throw new FuncError(`non-function of type ${goTypeName(fn)}`);
    return (fn as (...x: unknown[]) => unknown)(...a);
  }) as TemplateFunc['fn'], 'any'),
};

/** docker/cli's template functions (`templates.basicFunctions`). */
export const DOCKER_FUNCS: { readonly [name: string]: TemplateFunc } = {
  json: f(['any'], ((v: unknown) => goJson(v)) as TemplateFunc['fn']),
  split: f(['string', 'string'], ((s: string, sep: string) => (sep === '' ? [...s] : s.split(sep))) as TemplateFunc['fn']),
  join: f(['[]string', 'string'], ((elems: string[], sep: string) => elems.join(sep)) as TemplateFunc['fn']),
  title: f(['string'], title as TemplateFunc['fn']),
  lower: f(['string'], ((s: string) => s.toLowerCase()) as TemplateFunc['fn']),
  upper: f(['string'], ((s: string) => s.toUpperCase()) as TemplateFunc['fn']),
  pad: f(['string', 'int', 'int'], ((s: string, prefix: number, suffix: number) => (s === '' ? s : ' '.repeat(prefix) + s + ' '.repeat(suffix))) as TemplateFunc['fn']),
  truncate: f(['string', 'int'], ((s: string, n: number) => {
    const bytes = new TextEncoder().encode(s);
    return bytes.length < n ? s : new TextDecoder().decode(bytes.slice(0, n));
  }) as TemplateFunc['fn']),
};

/** The header versions docker swaps in to render a table's header row (`templates.HeaderFunctions`). */
export const HEADER_FUNCS: { readonly [name: string]: TemplateFunc } = {
  json: f(['string'], ((v: string) => v) as TemplateFunc['fn']),
  split: f(['string', 'string'], ((v: string) => v) as TemplateFunc['fn']),
  join: f(['string', 'string'], ((v: string) => v) as TemplateFunc['fn']),
  title: f(['string'], ((v: string) => v) as TemplateFunc['fn']),
  lower: f(['string'], ((v: string) => v) as TemplateFunc['fn']),
  upper: f(['string'], ((v: string) => v) as TemplateFunc['fn']),
  truncate: f(['string', 'int'], ((v: string) => v) as TemplateFunc['fn']),
};
