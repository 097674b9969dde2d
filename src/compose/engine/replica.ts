/**
 * @module
 * One replica's creation and recreation (docker/compose `createContainer`, `recreateContainer`):
 * ` Container app-web-1  Creating` → `Created`; a recreate creates the new container under a
 * temporary name (`<old id 12>_app-web-1`), stops and removes the old one, renames the new one
 * and reports `Recreate` → `Recreated`. Anonymous volumes of the old container are inherited,
 * so a recreate keeps their data as Compose does.
 */
import type { Mount } from '../../container/host-config.js';
import type { ContainerSummary } from '../../container/summary.js';
import { containerLabels } from '../labels.js';
import type { ComposeProject } from '../model/project.js';
import type { ComposeService } from '../model/service.js';
import { containerName } from '../naming.js';
import { canonicalName, numberOf } from './containers.js';
import { createRequest } from './create-config.js';
import { progressEvent, type ProgressWriter } from './progress.js';
import type { ComposeSession } from './session.js';

/** What creating a replica needs besides the service. */
export interface ReplicaContext {
  readonly session: ComposeSession;
  readonly project: ComposeProject;
  readonly w: ProgressWriter;
  /** Image id per service (the `com.docker.compose.image` label). */
  readonly imageIds: Readonly<Record<string, string>>;
  /** A container of another service (`network_mode: service:x`, `volumes_from`). */
  readonly containerOf: (service: string) => string | undefined;
}

/** Volumes of `old` that a new container inherits: image-declared or source-less service volumes. */
async function inheritedMounts(ctx: ReplicaContext, service: ComposeService, old: ContainerSummary): Promise<Mount[]> {
  const imageVolumes = await ctx.session.client
    .imageInspect(old.ImageID)
    .then((i) => Object.keys(i.Config?.Volumes ?? {}))
    .catch(() => [] as string[]);
  const anonymous = new Set([...imageVolumes, ...(service.volumes ?? []).filter((v) => v.type === 'volume' && v.source === undefined).map((v) => v.target)]);
  return old.Mounts.filter((m) => m.Type === 'volume' && anonymous.has(m.Destination) && !(service.volumes ?? []).some((v) => v.target === m.Destination && v.source !== undefined)).map((m) => ({
    Type: 'volume' as const,
    Source: m.Name ?? m.Source,
    Target: m.Destination,
    ...(m.RW ? {} : { ReadOnly: true }),
  }));
}

/** Creates the container `name` for replica `number`; returns its summary-like record. */
async function createMoby(ctx: ReplicaContext, service: ComposeService, name: string, number: number, inherit?: ContainerSummary, replaces?: string): Promise<string> {
  const labels = containerLabels(ctx.project, service, { number, ...(ctx.imageIds[service.name] ? { imageId: ctx.imageIds[service.name]! } : {}), ...(replaces ? { replaces } : {}) });
  const request = createRequest(ctx.project, service, { labels, number, containerOf: ctx.containerOf });
  let body = request;
  if (inherit) {
    const inherited = await inheritedMounts(ctx, service, inherit);
    const targets = new Set(inherited.map((m) => m.Target));
    const own = (request.HostConfig?.Mounts ?? []).filter((m) => !targets.has(m.Target));
    if (inherited.length > 0) body = { ...request, HostConfig: { ...request.HostConfig, Mounts: [...own, ...inherited] } };
  }
  const created = await ctx.session.client.containerCreate(body, { name });
  for (const warning of created.Warnings) ctx.w.event({ id: service.name, status: 'warning', statusText: '', text: warning });
  return created.Id;
}

/** `Creating` → `Created`: a new replica. */
export async function createReplica(ctx: ReplicaContext, service: ComposeService, number: number): Promise<string> {
  const name = containerName(ctx.project.name, service, number);
  const id = `Container ${name}`;
  ctx.w.event(progressEvent(id, 'working', 'Creating'));
  try {
    const created = await createMoby(ctx, service, name, number);
    ctx.w.event(progressEvent(id, 'done', 'Created'));
    return created;
  } catch (e) {
    ctx.w.event(progressEvent(id, 'error', 'Error'));
    throw e;
  }
}

/** `Recreate` → `Recreated`: a replacement for `old`, keeping its number and anonymous volumes. */
export async function recreateReplica(ctx: ReplicaContext, service: ComposeService, old: ContainerSummary, options: { readonly inherit: boolean; readonly timeout?: number }): Promise<string> {
  const id = `Container ${canonicalName(old)}`;
  ctx.w.event(progressEvent(id, 'working', 'Recreate'));
  const number = numberOf(old);
  const name = containerName(ctx.project.name, service, number);
  const created = await createMoby(ctx, service, `${old.Id.slice(0, 12)}_${name}`, number, options.inherit ? old : undefined, old.Id);
  await ctx.session.client.containerStop(old.Id, options.timeout !== undefined ? { timeout: options.timeout } : {});
  await ctx.session.client.containerDelete(old.Id);
  await ctx.session.client.containerRename(created, name);
  ctx.w.event(progressEvent(id, 'done', 'Recreated'));
  return created;
}
