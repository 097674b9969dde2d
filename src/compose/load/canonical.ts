/**
 * @module
 * The canonical form of a compose document (compose-go `transform.Canonical`): every attribute
 * that has a short and a long syntax is rewritten to the long one — ports and volumes to
 * mappings, `build: .` to `{context: .}`, `depends_on: [db]` to conditions, `env_file` to
 * `{path, required}`, `networks: [front]` to a mapping, `external: {name}` to `name` +
 * `external: true` — so later stages see one shape.
 */
import type { Json } from '../../core/serialize.js';
import { type Dict, dictOf, isDict, setKey } from './dict.js';
import { parsePortSpec } from './port-spec.js';
import { matchesPath, pattern } from './tree-path.js';
import { parseVolumeSpec, volumeSpecToDict } from './volume-spec.js';
import { cleanPath } from '../go/path.js';

type Transformer = (value: Json, path: string[], warn: (m: string) => void) => Json;

/** A value of the wrong shape for its attribute. */
export class CanonicalError extends Error {}

const typeName = (v: Json): string => (v === null ? '<nil>' : Array.isArray(v) ? '[]interface {}' : isDict(v) ? 'map[string]interface {}' : typeof v === 'number' ? 'int' : typeof v);

const stringOrList: Transformer = (v) => (typeof v === 'string' ? [v] : v);
const sliceToMap: Transformer = (v) => (Array.isArray(v) ? dictOf(v.map((k) => [String(k), null])) : v);

const keyValue: Transformer = (v, path) => {
  if (isDict(v)) return v;
  if (!Array.isArray(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)}`);
  const out: Dict = {};
  for (const e of v) {
    const text = String(e);
    const i = text.indexOf('=');
    if (i < 0) throw new CanonicalError(`${path.join('.')}: invalid value ${text}, expected key=value`);
    setKey(out, text.slice(0, i), text.slice(i + 1));
  }
  return out;
};

const ports: Transformer = (v, path) => {
  if (!Array.isArray(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for port`);
  return v.flatMap((entry) => {
    if (typeof entry === 'number' || typeof entry === 'string') return parsePortSpec(String(entry));
    if (isDict(entry)) return [entry];
    throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(entry)} for port`);
  });
};

const volumeMount: Transformer = (v, path) => {
  if (isDict(v)) return v;
  if (typeof v !== 'string') throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for service volume mount`);
  const spec = parseVolumeSpec(v);
  if (spec.target !== undefined && spec.target !== '') spec.target = cleanPath(spec.target);
  return volumeSpecToDict(spec);
};

const build: Transformer = (v, path, warn) => {
  if (typeof v === 'string') return { context: v };
  if (!isDict(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for build`);
  return transformMapping(v, path, warn);
};

const dependsOn: Transformer = (v, path) => {
  if (Array.isArray(v)) return dictOf(v.map((k) => [String(k), { condition: 'service_started', required: true }]));
  if (!isDict(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for depend_on`);
  for (const [name, d] of Object.entries(v)) {
    if (!isDict(d)) throw new CanonicalError(`${path.join('.')}.${name}: unsupported value`);
    d.condition ??= 'service_started';
    d.required ??= true;
  }
  return v;
};

const envFile: Transformer = (v, path) => {
  const one = (e: Json): Json => (typeof e === 'string' ? { path: e, required: true } : isDict(e) ? { ...e, required: e.required ?? true } : null);
  if (typeof v === 'string') return [one(v)];
  if (Array.isArray(v)) return v.map(one);
  throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for env_file`);
};

/** `/dev/sda:/dev/xvda:rwm` → `{source, target, permissions}`. */
const deviceMapping: Transformer = (v, path) => {
  if (isDict(v)) return v;
  if (typeof v !== 'string') throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for service volume mount`);
  const parts = v.split(':');
  if (parts.length > 3) throw new CanonicalError(`confusing device mapping, please use long syntax: ${v}`);
  const [source = '', target = '', permissions = 'rwm'] = parts;
  return { source, target: target === '' ? source : target, permissions };
};

/** `ssh: [default, key=path]` → a mapping. */
const ssh: Transformer = (v, path) => {
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

const gpus: Transformer = (v, path, warn) => {
  if (typeof v === 'string') return [{ count: 'all' }];
  if (!Array.isArray(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for gpus`);
  return v.map((e) => transform(e, [...path, '[]'], warn));
};

const ulimit: Transformer = (v, path) => {
  if (isDict(v) || typeof v === 'number') return v;
  throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for external`);
};

const fileMount: Transformer = (v) => (typeof v === 'string' ? { source: v } : v);

/** `external: {name: x}` (deprecated) becomes `name: x` + `external: true`. */
const maybeExternal: Transformer = (v, path, warn) => {
  if (v === null || !isDict(v)) return v;
  const resource = transformMapping(v, path, warn);
  const external = resource.external;
  if (isDict(external)) {
    resource.external = true;
    if (Object.hasOwn(external, 'name')) {
      warn(`${path.join('.')}: external.name is deprecated. Please set name and external: true`);
      if (Object.hasOwn(resource, 'name') && external.name !== resource.name) throw new CanonicalError(`${path.join('.')}: name and external.name conflict; only use name`);
      resource.name ??= external.name ?? null;
    }
  }
  return resource;
};

const TRANSFORMERS: readonly [readonly string[], Transformer][] = [
  [pattern('services.*'), (v, p, w) => (isDict(v) ? transformMapping(v, p, w) : v)],
  [pattern('services.*.build.secrets.*'), fileMount],
  [pattern('services.*.build.provenance'), (v) => (typeof v === 'string' ? v : String(v))],
  [pattern('services.*.build.sbom'), (v) => (typeof v === 'string' ? v : String(v))],
  [pattern('services.*.build.additional_contexts'), keyValue],
  [pattern('services.*.depends_on'), dependsOn],
  [pattern('services.*.env_file'), envFile],
  [pattern('services.*.label_file'), stringOrList],
  [pattern('services.*.networks'), sliceToMap],
  [pattern('services.*.models'), sliceToMap],
  [pattern('services.*.volumes.*'), volumeMount],
  [pattern('services.*.dns'), stringOrList],
  [pattern('services.*.devices.*'), deviceMapping],
  [pattern('services.*.gpus'), gpus],
  [pattern('services.*.build.ssh'), ssh],
  [pattern('services.*.ulimits.*'), ulimit],
  [pattern('services.*.build.ulimits.*'), ulimit],
  [pattern('services.*.secrets.*'), fileMount],
  [pattern('services.*.configs.*'), fileMount],
  [pattern('services.*.ports'), ports],
  [pattern('services.*.build'), build],
  [pattern('services.*.extends'), (v) => (typeof v === 'string' ? { service: v } : v)],
  [pattern('services.*.develop.watch.*.ignore'), stringOrList],
  [pattern('services.*.develop.watch.*.include'), stringOrList],
  [pattern('volumes.*'), maybeExternal],
  [pattern('networks.*'), maybeExternal],
  [pattern('secrets.*'), maybeExternal],
  [pattern('configs.*'), maybeExternal],
];

function transformMapping(v: Dict, path: string[], warn: (m: string) => void): Dict {
  for (const [k, e] of Object.entries(v)) setKey(v, k, transform(e, [...path, k], warn));
  return v;
}

function transform(value: Json, path: string[], warn: (m: string) => void): Json {
  const t = TRANSFORMERS.find(([p]) => matchesPath(path, p));
  if (t !== undefined) return t[1](value, path, warn);
  if (isDict(value)) return transformMapping(value, path, warn);
  if (Array.isArray(value)) return value.map((e) => transform(e, [...path, '[]'], warn));
  return value;
}

/** Rewrites a (cloned) document into canonical form in place and returns it. */
export function toCanonical(model: Dict, warn: (m: string) => void): Dict {
  return transformMapping(model, [], warn);
}
