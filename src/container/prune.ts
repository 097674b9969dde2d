/**
 * @module
 * `POST /containers/prune` (`docker container prune`): removes every stopped container (created,
 * exited, dead) that passes the `until` and `label` / `label!` filters, one `destroy` event each,
 * then a `prune` event with the reclaimed bytes (moby `daemon/prune.go`).
 */
import { DockerError } from '../core/errors.js';
import { invalidFilter } from '../core/messages/api.js';
import { parseTimestamp } from '../core/time.js';
import type { HostContext } from '../daemon/context.js';
import { transition } from './lifecycle.js';
import type { ContainerRecord } from './record.js';
import type { ContainerRuntime } from './runtime/runtime.js';
import { isRunning } from './state.js';

/** `POST /containers/prune` answer. */
export interface ContainerPruneResponse {
  readonly ContainersDeleted: readonly string[] | null;
  readonly SpaceReclaimed: number;
}

const UNITS: { readonly [unit: string]: number } = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A prune `until` value (Go duration before now, RFC 3339 time, or Unix seconds) as epoch ms. */
export function parseUntil(value: string, now: number): number | DockerError {
  const duration = /^((?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+)$/.exec(value);
  if (duration) {
    let ms = 0;
    for (const part of value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(part[1]) * UNITS[part[2]!]!;
    return now - ms;
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const at = parseTimestamp(value);
  if (at === undefined) return new DockerError('InvalidParameter', `failed to parse value as time or duration: "${value}"`);
  return at;
}

function labelsMatch(record: ContainerRecord, wanted: readonly string[], negate: boolean): boolean {
  const labels = record.Config.Labels;
  const hit = (v: string) => {
    const eq = v.indexOf('=');
    return eq < 0 ? v in labels : labels[v.slice(0, eq)] === v.slice(eq + 1);
  };
  return negate ? !wanted.some(hit) : wanted.every(hit);
}

/** Prunes stopped containers of a host. */
export function pruneContainers(ctx: HostContext, runtime: ContainerRuntime, filters: { readonly [name: string]: readonly string[] }): ContainerPruneResponse {
  for (const name of Object.keys(filters)) if (name !== 'until' && name !== 'label' && name !== 'label!') throw invalidFilter(name);
  const now = ctx.now();
  let until = Infinity;
  for (const v of filters['until'] ?? []) {
    const t = parseUntil(v, now);
    if (t instanceof DockerError) throw t;
    until = Math.min(until, t);
  }
  const deleted: string[] = [];
  const victims = ctx.state.containers.filter(
    (c) =>
      !isRunning(c.State.Status) &&
      c.State.Status !== 'removing' &&
      (parseTimestamp(c.Created) ?? 0) < until &&
      labelsMatch(c, filters['label'] ?? [], false) &&
      labelsMatch(c, filters['label!'] ?? [], true),
  );
  for (const record of victims.sort((a, b) => a.internal.seq - b.internal.seq)) {
    const action = { type: 'remove', name: record.Name.slice(1), force: false } as const;
    const t = transition(record, action, now);
    if (t instanceof DockerError) continue;
    runtime.commitTransition(record, t, [], runtime.lifecyclePlan(record, t, action));
    deleted.push(record.Id);
  }
  ctx.commit(() => {}, [{ Type: 'container', Action: 'prune', id: '', attributes: { reclaimed: '0' } }]);
  return { ContainersDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: 0 };
}
