/**
 * @module
 * The canonical form of a compose document (compose-go `transform.Canonical`): every attribute
 * that has a short and a long syntax is rewritten to the long one — ports and volumes to
 * mappings, `build: .` to `{context: .}`, `depends_on: [db]` to conditions, `env_file` to
 * `{path, required}`, `networks: [front]` to a mapping, `external: {name}` to `name` +
 * `external: true` — so later stages see one shape.
 */
import type { Json } from '../../core/serialize.js';
import { type Dict, isDict, setKey } from './dict.js';
import {
  CanonicalError,
  dependsOn,
  deviceMapping,
  envFile,
  fileMount,
  keyValue,
  ports,
  sliceToMap,
  ssh,
  stringOrList,
  type CanonicalContext,
  type Transformer,
  typeName,
  ulimit,
  volumeMount,
} from './canonical-forms.js';
import { pattern, ruleAt } from './tree-path.js';

const build: Transformer = (v, path, ctx) => {
  if (typeof v === 'string') return { context: v };
  if (!isDict(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for build`);
  return transformMapping(v, path, ctx);
};

const gpus: Transformer = (v, path, ctx) => {
  if (typeof v === 'string') return [{ count: 'all' }];
  if (!Array.isArray(v)) throw new CanonicalError(`${path.join('.')}: invalid type ${typeName(v)} for gpus`);
  return v.map((e) => transform(e, [...path, '[]'], ctx));
};

/** `external: {name: x}` (deprecated) becomes `name: x` + `external: true`. */
const maybeExternal: Transformer = (v, path, ctx) => {
  if (v === null || !isDict(v)) return v;
  const resource = transformMapping(v, path, ctx);
  const external = resource.external;
  if (isDict(external)) {
    resource.external = true;
    if (Object.hasOwn(external, 'name')) {
      ctx.warn(`${path.join('.')}: external.name is deprecated. Please set name and external: true`);
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

function transformMapping(v: Dict, path: string[], ctx: CanonicalContext): Dict {
  for (const [k, e] of Object.entries(v)) setKey(v, k, transform(e, [...path, k], ctx));
  return v;
}

function transform(value: Json, path: string[], ctx: CanonicalContext): Json {
  const t = ruleAt(TRANSFORMERS, path);
  if (t !== undefined) return t(value, path, ctx);
  if (isDict(value)) return transformMapping(value, path, ctx);
  if (Array.isArray(value)) return value.map((e) => transform(e, [...path, '[]'], ctx));
  return value;
}

/** Rewrites a (cloned) document into canonical form in place and returns it. */
export function toCanonical(model: Dict, ctx: CanonicalContext): Dict {
  return transformMapping(model, [], ctx);
}
