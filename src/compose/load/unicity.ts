/**
 * @module
 * After merging, some lists keep one entry per identity (compose-go `override.EnforceUnicity`):
 * a later entry replaces the earlier one in its place. Volumes are identified by target, ports by
 * `host_ip:published:target/protocol`, environment and labels by key, `expose` by port, env files
 * by path. This is what makes an override file's `ports:` or `volumes:` replace rather than repeat.
 */
import type { Json } from '../../core/serialize.js';
import { goSprint } from '../go/format.js';
import { type Dict, isDict, setKey } from './dict.js';
import { pattern, ruleAt } from './tree-path.js';
import { parseVolumeSpec } from './volume-spec.js';

type Indexer = (entry: Json, path: string) => string;

/** A list entry without the attribute that identifies it. */
export class UnicityError extends Error {}

const keyValue: Indexer = (entry, path) => {
  if (typeof entry !== 'string') throw new UnicityError(`${path}: unexpected type ${typeof entry}`);
  const i = entry.indexOf('=');
  return i < 0 ? entry : entry.slice(0, i);
};

const volume: Indexer = (entry, path) => {
  if (isDict(entry)) {
    if (typeof entry.target !== 'string') throw new UnicityError(`service volume ${path} is missing a mount target`);
    return entry.target;
  }
  return typeof entry === 'string' ? parseVolumeSpec(entry).target ?? '' : '';
};

const device: Indexer = (entry, path) => {
  if (isDict(entry)) {
    if (typeof entry.target !== 'string') throw new UnicityError(`service device ${path} is missing a mount target`);
    return entry.target;
  }
  if (typeof entry !== 'string') return '';
  const parts = entry.split(':');
  return parts.length === 1 ? parts[0]! : parts[1]!;
};

const expose: Indexer = (entry, path) => {
  if (typeof entry === 'string') return entry;
  if (typeof entry === 'number' && Number.isInteger(entry)) return String(entry);
  throw new UnicityError(`${path}: unsupported expose value ${goSprint(entry as string | number | boolean | null)}`);
};

const mount =
  (defaultPath: string): Indexer =>
  (entry, path) => {
    if (typeof entry === 'string') return `${defaultPath}/${entry}`;
    if (isDict(entry)) return typeof entry.target === 'string' ? entry.target : `${defaultPath}/${goSprint(entry.source as string)}`;
    throw new UnicityError(`${path}: unsupported expose value ${goSprint(entry as null)}`);
  };

/** Go's `%s` of a decoded value, as the port indexer prints it. */
const goString = (v: Json | undefined): string =>
  v === undefined || v === null ? '%!s(<nil>)' : typeof v === 'string' ? v : typeof v === 'number' ? `%!s(int=${goSprint(v)})` : goSprint(v as boolean);

const port: Indexer = (entry, path) => {
  if (typeof entry === 'number') return String(entry);
  if (typeof entry === 'string') return entry;
  if (!isDict(entry)) return '';
  if (!Object.hasOwn(entry, 'target')) throw new UnicityError(`service ports ${path} is missing a target port`);
  const host = Object.hasOwn(entry, 'host_ip') ? goString(entry.host_ip) : '0.0.0.0';
  const protocol = Object.hasOwn(entry, 'protocol') ? goString(entry.protocol) : 'tcp';
  return `${host}:${goString(entry.published)}:${goSprint(entry.target as number)}/${protocol}`;
};

const envFile: Indexer = (entry, path) => {
  if (typeof entry === 'string') return entry;
  if (isDict(entry)) {
    if (typeof entry.path !== 'string') throw new UnicityError(`environment path attribute ${path} is missing`);
    return entry.path;
  }
  return '';
};

const INDEXERS: readonly [readonly string[], Indexer][] = [
  ...[
    'networks.*.labels',
    'networks.*.ipam.options',
    'services.*.annotations',
    'services.*.build.args',
    'services.*.build.additional_contexts',
    'services.*.build.platform',
    'services.*.build.tags',
    'services.*.build.labels',
    'services.*.cap_add',
    'services.*.cap_drop',
    'services.*.deploy.labels',
    'services.*.dns',
    'services.*.dns_opt',
    'services.*.dns_search',
    'services.*.environment',
    'services.*.labels',
    'services.*.links',
    'services.*.networks.*.aliases',
    'services.*.networks.*.link_local_ips',
    'services.*.profiles',
    'services.*.sysctls',
    'services.*.tmpfs',
  ].map((p): [readonly string[], Indexer] => [pattern(p), keyValue]),
  [pattern('services.*.configs'), mount('')],
  [pattern('services.*.env_file'), envFile],
  [pattern('services.*.expose'), expose],
  [pattern('services.*.ports'), port],
  [pattern('services.*.secrets'), mount('/run/secrets')],
  [pattern('services.*.volumes'), volume],
  [pattern('services.*.devices'), device],
];

function walk(value: Json, path: string[]): Json {
  if (isDict(value)) {
    const out: Dict = {};
    for (const [k, v] of Object.entries(value)) setKey(out, k, walk(v, [...path, k]));
    return out;
  }
  if (!Array.isArray(value)) return value;
  const indexer = ruleAt(INDEXERS, path);
  if (indexer === undefined) return value;
  const out: Json[] = [];
  const seen = new Map<string, number>();
  value.forEach((entry, i) => {
    const key = indexer(entry, `${path.join('.')}.[${i}]`);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(entry);
    } else out[at] = entry;
  });
  return out;
}

/** Keeps one entry per identity in the lists Compose treats as sets. Throws {@link UnicityError}. */
export function enforceUnicity(model: Dict): Dict {
  return walk(model, []) as Dict;
}
