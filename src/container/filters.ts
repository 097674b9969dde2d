/**
 * @module
 * `docker ps --filter` (moby `daemon/list.go`): the accepted keys and their validation errors,
 * and the predicate each container must pass — name and id as regular expressions, labels as
 * `key` / `key=value`, `status`, `exited`, `health`, `ancestor`, `network`, `volume`,
 * `publish`/`expose`, `is-task`; `before`/`since` cut the newest-first list at a container.
 */
import { DockerError } from '../core/errors.js';
import * as m from '../core/messages/containers.js';
import { invalidFilter } from '../core/messages/image.js';
import type { ContainerRecord } from './record.js';
import { HEALTH_STATUSES, isContainerStatus, isRunning, type HealthStatus } from './state.js';
import { portSummaries } from './summary.js';

/** Filters by name, each a list of accepted values. */
export type ContainerFilters = { readonly [name: string]: readonly string[] };

const ACCEPTED = new Set(['ancestor', 'before', 'exited', 'id', 'isolation', 'label', 'name', 'status', 'health', 'since', 'volume', 'network', 'is-task', 'publish', 'expose']);

/** Filters checked and pre-parsed. */
export interface ParsedFilters {
  readonly raw: ContainerFilters;
  readonly exited: readonly number[];
  /** A status filter lists stopped containers too. */
  readonly impliesAll: boolean;
  readonly isTask: boolean | undefined;
  readonly publish: ReadonlySet<string>;
  readonly expose: ReadonlySet<string>;
}

function portSet(key: 'publish' | 'expose', values: readonly string[]): Set<string> | DockerError {
  const out = new Set<string>();
  for (const value of values) {
    if (value.includes(':')) return m.portFilterWithColon(key, value);
    const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/.exec(value);
    if (!match) return new DockerError('InvalidParameter', `error while looking up for ${key} ${value}: invalid port specification`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    for (let p = from; p <= to; p++) out.add(`${p}/${match[3] ?? 'tcp'}`);
  }
  return out;
}

/** Validates filters as the daemon does, in its order. */
export function parseFilters(filters: ContainerFilters = {}): ParsedFilters | DockerError {
  for (const name of Object.keys(filters)) if (!ACCEPTED.has(name)) return invalidFilter(name);
  const values = (name: string) => filters[name] ?? [];
  const exited: number[] = [];
  for (const v of values('exited')) {
    if (!/^[+-]?\d+$/.test(v)) return m.invalidExitedFilter(v);
    exited.push(Number(v));
  }
  for (const v of values('status')) if (!isContainerStatus(v)) return m.invalidStatusFilter(v);
  let isTask: boolean | undefined;
  if ('is-task' in filters) {
    const vs = values('is-task');
    const isFalse = vs.includes('0') || vs.includes('false');
    const isTrue = vs.includes('1') || vs.includes('true');
    if (isFalse === isTrue) return m.invalidBoolFilter('is-task', vs);
    isTask = isTrue;
  }
  for (const v of values('health')) if (!(HEALTH_STATUSES as readonly string[]).includes(v)) return m.invalidHealthFilter(v);
  const publish = portSet('publish', values('publish'));
  if (publish instanceof DockerError) return publish;
  const expose = portSet('expose', values('expose'));
  if (expose instanceof DockerError) return expose;
  return { raw: filters, exited, impliesAll: values('status').length > 0, isTask, publish, expose };
}

/** moby `Args.Match`: exact, or the value as an (unanchored) regular expression. */
function matches(values: readonly string[] | undefined, source: string): boolean {
  if (!values || values.length === 0) return true;
  return values.some((v) => {
    if (v === source) return true;
    try {
      return new RegExp(v).test(source);
    } catch {
      return false;
    }
  });
}

/** moby `Args.MatchKVList`: every `key` / `key=value` must be among the labels. */
function matchesLabels(values: readonly string[] | undefined, labels: { readonly [key: string]: string }): boolean {
  if (!values || values.length === 0) return true;
  if (Object.keys(labels).length === 0) return false;
  return values.every((v) => {
    const eq = v.indexOf('=');
    const key = eq < 0 ? v : v.slice(0, eq);
    if (!(key in labels)) return false;
    return eq < 0 || labels[key] === v.slice(eq + 1);
  });
}

/** The health a filter compares: `none` without a healthcheck. */
export function healthOf(record: ContainerRecord): HealthStatus {
  return record.State.Health?.Status ?? 'none';
}

/** Everything besides the record that the predicate needs. */
export interface FilterContext {
  /** Image ids the `ancestor` filter accepts (the named images and their descendants). */
  readonly ancestors?: ReadonlySet<string>;
}

/** True when `record` passes every filter except before/since and name/id candidacy. */
export function passesFilters(record: ContainerRecord, f: ParsedFilters, ctx: FilterContext = {}): boolean {
  const raw = f.raw;
  const bare = record.Name.slice(1);
  if (!matches(raw['name'], record.Name) && !matches(raw['name'], bare)) return false;
  if (!matches(raw['id'], record.Id)) return false;
  if (f.isTask === true) return false; // dockersim has no swarm tasks
  if (!matchesLabels(raw['label'], record.Config.Labels)) return false;
  if (f.exited.length > 0) {
    const ran = !record.State.StartedAt.startsWith('0001-');
    if (isRunning(record.State.Status) || !ran || !f.exited.includes(record.State.ExitCode)) return false;
  }
  if (!matches(raw['status'], record.State.Status)) return false;
  const health = raw['health'];
  if (health && health.length > 0 && !health.includes(healthOf(record))) return false;
  const volumes = raw['volume'];
  if (volumes && volumes.length > 0) {
    const hit = record.Mounts.some((mp) => volumes.includes(mp.Destination) || volumes.includes(mp.Name ?? mp.Source) || volumes.includes(mp.Source));
    if (!hit) return false;
  }
  if ('ancestor' in raw) {
    if (!ctx.ancestors || !ctx.ancestors.has(record.Image)) return false;
  }
  const networks = raw['network'];
  if (networks && networks.length > 0) {
    const nets = record.NetworkSettings.Networks;
    const hit = networks.some((v) => v in nets || Object.values(nets).some((ep) => ep.NetworkID !== '' && ep.NetworkID.startsWith(v)));
    if (!hit) return false;
  }
  if (f.publish.size > 0 || f.expose.size > 0) {
    const hit = portSummaries(record).some(
      (p) => f.publish.has(`${p.PublicPort ?? 0}/${p.Type}`) || f.expose.has(`${p.PrivatePort}/${p.Type}`),
    );
    if (!hit) return false;
  }
  return true;
}
