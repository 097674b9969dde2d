/**
 * @module
 * How Compose merges several files (`-f a.yaml -f b.yaml`, `compose.override.yaml`): compose-go's
 * `override.Merge`. Mappings merge key by key, sequences append (then {@link enforceUnicity} keeps
 * one entry per identity), scalars are replaced; `command`, `entrypoint` and `healthcheck.test`
 * are replaced whole; `environment`, `labels` and other key=value attributes merge as lists of
 * `KEY=VALUE`; `depends_on` and `networks` merge as mappings whatever their syntax; `!reset` and
 * `!override` drop what came before. See https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/.
 */
import type { Json } from '../../core/serialize.js';
import { goSprint } from '../go/format.js';
import { type Dict, dictOf, getKey, isDict, setKey } from './dict.js';
import { pattern, ruleAt } from './tree-path.js';

type Merger = (base: Json, override: Json, path: string[]) => Json;

/** A merge failure (`cannot override services.web.ports`). */
export class MergeError extends Error {}

function toSequence(value: Json): Json[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [value];
  if (!isDict(value)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === null) out.push(k);
    else if (Array.isArray(v)) for (const item of v) out.push(`${k}=${goSprint(item as string | number | boolean | null)}`);
    else out.push(`${k}=${goSprint(v as string | number | boolean)}`);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function toMapping(value: Json, defaults: Dict | null): Dict {
  if (isDict(value)) return value;
  if (!Array.isArray(value)) return {};
  return dictOf(value.map((k) => [String(k), defaults === null ? null : { ...defaults }]));
}

const mergeToSequence: Merger = (base, override) => [...toSequence(base), ...toSequence(override)];
const replace: Merger = (_base, override) => override;
const startedRequired = (): Dict => ({ condition: 'service_started', required: true });

const mergeExtraHosts: Merger = (base, override) => {
  const right = toSequence(base);
  const left = toSequence(override).filter((v) => !right.includes(v));
  return [...right, ...left];
};

const mergeBuild: Merger = (base, override, path) => {
  const asMap = (v: Json): Dict => (typeof v === 'string' ? { context: v } : isDict(v) ? v : {});
  return mergeMappings(asMap(base), asMap(override), path);
};

/** Logging options merge only when both files name the same driver (or one names none). */
const mergeLogging: Merger = (base, override, path) => {
  const b = isDict(base) ? base : {};
  const o = isDict(override) ? override : {};
  const same = !Object.hasOwn(o, 'driver') || !Object.hasOwn(b, 'driver') || o.driver === b.driver;
  return same ? mergeMappings(b, o, path) : o;
};

/** IPAM pools merge by subnet. */
const mergeIpamConfig: Merger = (base, override, path) => {
  if (!Array.isArray(base) || !Array.isArray(override)) throw new MergeError(`${path.join('.')}: unexpected type`);
  const pools: Dict[] = [];
  for (const original of base) {
    const right = toMapping(original, null);
    for (const item of override) {
      const left = toMapping(item, null);
      if (left.subnet !== right.subnet && !pools.some((p) => p.subnet === left.subnet)) {
        pools.push(left);
        continue;
      }
      const merged = mergeMappings({ ...right }, left, path);
      const at = pools.findIndex((p) => p.subnet === merged.subnet);
      if (at >= 0) pools[at] = merged;
      else pools.push(merged);
    }
  }
  return pools;
};

const SPECIALS: readonly [readonly string[], Merger][] = [
  [pattern('networks.*.ipam.config'), mergeIpamConfig],
  [pattern('networks.*.labels'), mergeToSequence],
  [pattern('volumes.*.labels'), mergeToSequence],
  [pattern('services.*.annotations'), mergeToSequence],
  [pattern('services.*.build'), mergeBuild],
  [pattern('services.*.build.args'), mergeToSequence],
  [pattern('services.*.build.additional_contexts'), mergeToSequence],
  [pattern('services.*.build.extra_hosts'), mergeExtraHosts],
  [pattern('services.*.build.labels'), mergeToSequence],
  [pattern('services.*.command'), replace],
  [pattern('services.*.depends_on'), (b, o, p) => mergeMappings(toMapping(b, startedRequired()), toMapping(o, startedRequired()), p)],
  [pattern('services.*.deploy.labels'), mergeToSequence],
  [pattern('services.*.dns'), mergeToSequence],
  [pattern('services.*.dns_opt'), mergeToSequence],
  [pattern('services.*.dns_search'), mergeToSequence],
  [pattern('services.*.entrypoint'), replace],
  [pattern('services.*.env_file'), mergeToSequence],
  [pattern('services.*.label_file'), mergeToSequence],
  [pattern('services.*.environment'), mergeToSequence],
  [pattern('services.*.extra_hosts'), mergeExtraHosts],
  [pattern('services.*.healthcheck.test'), replace],
  [pattern('services.*.labels'), mergeToSequence],
  [pattern('services.*.volumes.*.volume.labels'), mergeToSequence],
  [pattern('services.*.logging'), mergeLogging],
  [pattern('services.*.models'), (b, o, p) => mergeMappings(toMapping(b, null), toMapping(o, null), p)],
  [pattern('services.*.networks'), (b, o, p) => mergeMappings(toMapping(b, null), toMapping(o, null), p)],
  [pattern('services.*.sysctls'), mergeToSequence],
  [pattern('services.*.tmpfs'), mergeToSequence],
  [pattern('services.*.ulimits.*'), replace],
];

function mergeMappings(base: Dict, override: Dict, path: string[]): Dict {
  const out = dictOf(Object.entries(base));
  for (const [k, v] of Object.entries(override)) {
    const existing = getKey(out, k);
    setKey(out, k, existing === undefined ? v : mergeValues(existing, v, [...path, k]));
  }
  return out;
}

function mergeValues(base: Json, override: Json, path: string[]): Json {
  const special = ruleAt(SPECIALS, path);
  if (special !== undefined) return special(base, override, path);
  if (override === null) return base;
  if (isDict(base)) {
    if (!isDict(override)) throw new MergeError(`cannot override ${path.join('.')}`);
    return mergeMappings(base, override, path);
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(override)) throw new MergeError(`cannot override ${path.join('.')}`);
    return [...base, ...override];
  }
  return override;
}

/** Merges an override document into the model built so far (neither input is changed). */
export function mergeDocuments(base: Dict, override: Dict): Dict {
  return mergeMappings(base, override, []);
}

/** compose-go `ExtendService`: a service merged over the one it extends, with the service rules. */
export function mergeService(base: Dict, service: Dict): Dict {
  return mergeMappings(base, service, ['services', 'x']);
}

/** A resource of an included application merged with the local declaration of the same name. */
export function mergeResource(included: Json, local: Json, path: readonly string[]): Json {
  return mergeValues(included, local, [...path]);
}
