/**
 * @module
 * Convergence (docker/compose `convergence.ensureService`): for each service, in dependency
 * order, bring its containers to the wanted number and configuration — containers whose
 * `com.docker.compose.config-hash` or image changed are recreated (unless `--no-recreate`; all of
 * them with `--force-recreate`), surplus replicas (obsolete first, then the highest numbers) are
 * stopped and removed, missing ones are created with the next numbers. Up-to-date running
 * containers report `Running`.
 */
import { scaledContainerName } from '../../core/messages/compose.js';
import type { ContainerSummary } from '../../container/summary.js';
import { LABELS } from '../labels.js';
import { serviceConfigHash } from '../config/hash.js';
import type { ComposeProject } from '../model/project.js';
import { serviceScale, type ComposeService } from '../model/service.js';
import { dependencyLevels } from '../order.js';
import { byName, canonicalName, isOneOff, numberOf, serviceOf } from './containers.js';
import { containerEventId, stopAndRemove } from './container-ops.js';
import { progressEvent } from './progress.js';
import { createReplica, recreateReplica, type ReplicaContext } from './replica.js';

/** `--force-recreate` / `--no-recreate` / default. */
export type RecreatePolicy = 'diverged' | 'force' | 'never';

/** Options of {@link converge}. */
export interface ConvergeOptions {
  /** The services named on the command line (they get `recreate`; others `recreateDependencies`). */
  readonly services: readonly string[];
  readonly recreate: RecreatePolicy;
  readonly recreateDependencies: RecreatePolicy;
  /** Keep anonymous volumes across recreation (`-V` turns it off). */
  readonly inherit: boolean;
  /** Stop timeout in seconds. */
  readonly timeout?: number;
}

function mustRecreate(ctx: ReplicaContext, service: ComposeService, c: ContainerSummary, policy: RecreatePolicy): boolean {
  if (policy === 'never') return false;
  if (policy === 'force') return true;
  if (c.Labels[LABELS.configHash] !== serviceConfigHash(service)) return true;
  const image = ctx.imageIds[service.name];
  return image !== undefined && (c.Labels[LABELS.image] ?? '') !== image;
}

async function ensureService(ctx: ReplicaContext, service: ComposeService, observed: ContainerSummary[], policy: RecreatePolicy, options: ConvergeOptions): Promise<ContainerSummary[]> {
  const { session, w } = ctx;
  const expected = serviceScale(service);
  if (expected > 1 && service.container_name !== undefined) throw scaledContainerName(service.name, service.container_name);
  // Up-to-date replicas by ascending number first; obsolete ones last, so scaling down drops them.
  const sorted = [...observed].sort((a, b) => {
    const oa = mustRecreate(ctx, service, a, policy);
    const ob = mustRecreate(ctx, service, b, policy);
    if (oa !== ob) return oa ? 1 : -1;
    return numberOf(a) - numberOf(b) || a.Created - b.Created;
  });
  const created: string[] = [];
  const kept: ContainerSummary[] = [];
  await Promise.all(
    sorted.map(async (c, i) => {
      if (i >= expected) return stopAndRemove(session, w, c, options.timeout !== undefined ? { timeout: options.timeout } : {});
      if (mustRecreate(ctx, service, c, policy)) {
        created.push(await recreateReplica(ctx, service, c, { inherit: options.inherit, ...(options.timeout !== undefined ? { timeout: options.timeout } : {}) }));
        return;
      }
      const id = containerEventId(c);
      if (c.State === 'running') w.event(progressEvent(id, 'done', 'Running'));
      else if (c.State === 'exited') w.event(progressEvent(id, 'done', 'Created'));
      kept.push(c);
    }),
  );
  const next = Math.max(0, ...observed.map(numberOf)) + 1;
  const missing = Math.max(0, expected - observed.length);
  created.push(...(await Promise.all(Array.from({ length: missing }, (_, i) => createReplica(ctx, service, next + i)))));
  if (created.length === 0) return kept;
  const fresh = await session.client.containerList({ all: true, filters: { id: created } });
  return [...kept, ...fresh];
}

/**
 * Converges `project` (only the services given in `options.services`' closure are in it);
 * returns the project's containers afterwards, by service.
 */
export async function converge(ctx: ReplicaContext, project: ComposeProject, observed: readonly ContainerSummary[], options: ConvergeOptions): Promise<Record<string, ContainerSummary[]>> {
  const state: Record<string, ContainerSummary[]> = {};
  for (const name of Object.keys(project.services)) state[name] = [];
  for (const c of observed) if (!isOneOff(c) && state[serviceOf(c)]) state[serviceOf(c)]!.push(c);
  const first = (service: string) => {
    const list = byName(state[service] ?? []);
    return list.length > 0 ? list[0]!.Id : undefined;
  };
  const withRefs: ReplicaContext = { ...ctx, containerOf: first };
  for (const level of dependencyLevels(project)) {
    await Promise.all(
      level.map(async (name) => {
        const policy = options.services.includes(name) ? options.recreate : options.recreateDependencies;
        state[name] = await ensureService(withRefs, project.services[name]!, state[name]!, policy, options);
      }),
    );
  }
  return state;
}

/** Names for the orphan warning (`app-old-1, app-old-2`). */
export const namesOf = (containers: readonly ContainerSummary[]): string => containers.map(canonicalName).join(', ');
