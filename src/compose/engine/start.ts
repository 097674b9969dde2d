/**
 * @module
 * The start phase (docker/compose `start`, `startService`): services start in dependency order,
 * each after waiting for its dependencies' conditions; containers not already running report
 * ` Container app-web-1  Starting` → `Started`. With `--wait`, Compose then waits for every
 * service to be running or healthy (or, for one others wait on, that condition).
 */
import { noContainerToStart } from '../../core/messages/compose.js';
import type { ContainerSummary } from '../../container/summary.js';
import type { ComposeProject } from '../model/project.js';
import { serviceScale } from '../model/service.js';
import { dependencyLevels } from '../order.js';
import { byName, serviceOf } from './containers.js';
import { step, containerEventId } from './container-ops.js';
import { waitDependencies, type WaitFor } from './dependencies.js';
import type { ProgressWriter } from './progress.js';
import type { ComposeSession } from './session.js';

/** Options of {@link startProject}. */
export interface StartOptions {
  /** Only these services (default: all of the project). */
  readonly services?: readonly string[];
  /** `--wait`: wait for running/healthy after starting. */
  readonly wait?: boolean;
  /** `--wait-timeout` in ms (0: none). */
  readonly waitTimeoutMs?: number;
  /** Report nothing for the starts themselves (attached `up` shows logs instead). */
  readonly quiet?: boolean;
}

/** Starts one service's containers that are not running. */
async function startService(session: ComposeSession, project: ComposeProject, w: ProgressWriter, name: string, containers: readonly ContainerSummary[], options: StartOptions): Promise<void> {
  const service = project.services[name]!;
  if (service.deploy?.replicas === 0) return;
  const deps: Record<string, WaitFor> = {};
  for (const [dep, d] of Object.entries(service.depends_on ?? {})) deps[dep] = { condition: d.condition, required: d.required };
  await waitDependencies(session, project, w, name, deps, containers, options.waitTimeoutMs);
  const own = byName(containers.filter((c) => serviceOf(c) === name));
  if (own.length === 0) {
    if (serviceScale(service) === 0) return;
    throw noContainerToStart(name);
  }
  for (const c of own) {
    if (c.State === 'running') continue;
    if (options.quiet) await session.client.containerStart(c.Id).catch(ignoreNotModified);
    else await step(w, containerEventId(c), 'Starting', 'Started', () => session.client.containerStart(c.Id));
  }
}

function ignoreNotModified(e: unknown): void {
  if (!(e instanceof Error && 'kind' in e && e.kind === 'NotModified')) throw e;
}

/** The condition `--wait` uses for a service: what dependants wait for, else running or healthy. */
function waitCondition(project: ComposeProject, name: string): WaitFor['condition'] {
  for (const s of Object.keys(project.services).sort()) {
    const d = project.services[s]!.depends_on?.[name];
    if (d) return d.condition;
  }
  return 'running_or_healthy';
}

/** Starts the project's services in dependency order among `containers` (the project's containers). */
export async function startProject(session: ComposeSession, project: ComposeProject, w: ProgressWriter, containers: readonly ContainerSummary[], options: StartOptions = {}): Promise<void> {
  const only = options.services;
  for (const level of dependencyLevels(project, only && only.length > 0 ? only : undefined)) {
    await Promise.all(level.map((name) => startService(session, project, w, name, containers, options)));
  }
  if (!options.wait) return;
  const all: Record<string, WaitFor> = {};
  for (const name of Object.keys(project.services)) if (!only || only.length === 0 || only.includes(name)) all[name] = { condition: waitCondition(project, name), required: true };
  // The containers' states now: re-read so waits see what the starts did.
  await waitDependencies(session, project, w, project.name, all, containers, options.waitTimeoutMs);
}
