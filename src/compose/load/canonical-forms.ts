/**
 * @module
 * The short-to-long rewrites of single compose attributes (compose-go `transform/*.go`): ports,
 * volumes, `depends_on`, `env_file`, devices, `build.ssh`, ulimits, secret and config references.
 */
import type { Json } from '../../core/serialize.js';
import { cleanPath } from '../../core/go-path.js';
import { type Dict, dictOf, isDict, setKey } from './dict.js';
import { parsePortSpec } from './port-spec.js';
import { parseVolumeSpec, volumeSpecToDict } from './volume-spec.js';

/** How rewriting goes: where warnings go; `lenient` keeps unparseable short syntax as written (no interpolation). */
export interface CanonicalContext {
  readonly warn: (m: string) => void;
  readonly lenient: boolean;
}

/** Rewrites one attribute; `path` names it in errors. */
export type Transformer = (value: Json, path: string[], ctx: CanonicalContext) => Json;

/** A value of the wrong shape for its attribute. */
export class CanonicalError extends Error {}

/** Go's name for a value's type, as compose-go's messages print it. */
export const typeName = (v: Json): string => (v === null ? '<nil>' : Array.isArray(v) ? '[]interface {}' : isDict(v) ? 'map[string]interface {}' : typeof v === 'number' ? 'int' : typeof v);

/** One string becomes a list of one. */
export const stringOrList: Transformer = (v) => (typeof v === 'string' ? [v] : v);
/** `[a, b]` becomes `{a: null, b: null}` (networks, models). */
export const sliceToMap: Transformer = (v) => (Array.isArray(v) ? dictOf(v.map((k) => [String(k), null])) : v);

/** `[K=V]` becomes a mapping (additional_contexts). */
export const keyValue: Transformer = (v, path, ctx) => {
  if (isDict(v)) return v;
  if (!Array.isArray(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)}`);
  const out: Dict = {};
  for (const e of v) {
    const text = String(e);
    const i = text.indexOf('=');
    if (i < 0 && ctx.lenient) return v;
    if (i < 0) throw new CanonicalError(`${path.join('.')}: invalid value ${text}, expected key=value`);
    setKey(out, text.slice(0, i), text.slice(i + 1));
  }
  return out;
};

/** Short port specs become long-syntax mappings (one per port of a range). */
export const ports: Transformer = (v, path, ctx) => {
  if (!Array.isArray(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for port`);
  try {
    return v.flatMap((entry) => {
      if (typeof entry === 'number' || typeof entry === 'string') return parsePortSpec(String(entry));
      if (isDict(entry)) return [entry];
      throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(entry)} for port`);
    });
  } catch (e) {
    // without interpolation `${PORT}:80` cannot parse: compose keeps the whole list as written
    if (ctx.lenient && !(e instanceof CanonicalError)) return v;
    throw e;
  }
};

/** A short volume spec becomes its long syntax, target cleaned. */
export const volumeMount: Transformer = (v, path, ctx) => {
  if (isDict(v)) return v;
  if (typeof v !== 'string') throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for service volume mount`);
  let spec;
  try {
    spec = parseVolumeSpec(v);
  } catch (e) {
    if (ctx.lenient) return v;
    throw e;
  }
  if (spec.target !== undefined && spec.target !== '') spec.target = cleanPath(spec.target);
  return volumeSpecToDict(spec);
};

/** `depends_on: [db]` or a mapping, with `condition` and `required` filled in. */
export const dependsOn: Transformer = (v, path) => {
  if (Array.isArray(v)) return dictOf(v.map((k) => [String(k), { condition: 'service_started', required: true }]));
  if (!isDict(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for depend_on`);
  for (const [name, d] of Object.entries(v)) {
    if (!isDict(d)) throw new CanonicalError(`${path.join('.')}.${name}: unsupported value`);
    d.condition ??= 'service_started';
    d.required ??= true;
  }
  return v;
};

/** `env_file` entries become `{path, required}`. */
export const envFile: Transformer = (v, path) => {
  const one = (e: Json): Json => (typeof e === 'string' ? { path: e, required: true } : isDict(e) ? { ...e, required: e.required ?? true } : null);
  if (typeof v === 'string') return [one(v)];
  if (Array.isArray(v)) return v.map(one);
  throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for env_file`);
};

/** `/dev/sda:/dev/xvda:rwm` → `{source, target, permissions}`. */
export const deviceMapping: Transformer = (v, path) => {
  if (isDict(v)) return v;
  if (typeof v !== 'string') throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for service volume mount`);
  const parts = v.split(':');
  if (parts.length > 3) throw new CanonicalError(`confusing device mapping, please use long syntax: ${v}`);
  const [source = '', target = '', permissions = 'rwm'] = parts;
  return { source, target: target === '' ? source : target, permissions };
};

/** `ssh: [default, key=path]` → a mapping. */
export const ssh: Transformer = (v, path) => {
  if (isDict(v)) return v;
  if (!Array.isArray(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for ssh`);
  const out: Dict = {};
  for (const e of v) {
    if (typeof e !== 'string') throw new CanonicalError(`invalid ssh key type ${typeName(e)}`);
    const i = e.indexOf('=');
    if (i < 0 && e !== 'default') throw new CanonicalError(`invalid ssh key ${JSON.stringify(e)}`);
    setKey(out, i < 0 ? e : e.slice(0, i), i < 0 ? null : e.slice(i + 1));
  }
  return out;
};

/** An ulimit is a number or a `{soft, hard}` mapping. */
export const ulimit: Transformer = (v, path) => {
  if (isDict(v) || typeof v === 'number') return v;
  throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for external`);
};

/** A secret or config reference by name becomes `{source}`. */
export const fileMount: Transformer = (v) => (typeof v === 'string' ? { source: v } : v);
