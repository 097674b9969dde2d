/**
 * @module
 * Waiting for dependencies (docker/compose `waitDependencies`): before a service starts, Compose
 * polls every 500 ms the containers of each `depends_on` entry whose condition is
 * `service_healthy` or `service_completed_successfully` (`service_started` is ordering alone),
 * reporting ` Container app-db-1  Waiting` then `Healthy` or `Exited`, and fails with Compose's
 * errors: `dependency failed to start: container app-db-1 is unhealthy`, `service "init" didn't
 * complete successfully: exit 1`, `web is missing dependency db`. `up --wait` uses the same wait
 * with `running_or_healthy` for every service.
 */
import * as m from '../../core/messages/compose.js';
import type { ContainerSummary } from '../../container/summary.js';
import type { ComposeProject } from '../model/project.js';
import { serviceScale } from '../model/service.js';
import { isOneOff, serviceOf } from './containers.js';
import { containerEventId } from './container-ops.js';
import { progressEvent, type ProgressWriter } from './progress.js';
import type { ComposeSession } from './session.js';

/** Compose's poll period. */
export const POLL_MS = 500;

/** A wait condition: the depends_on ones, or `running_or_healthy` (`up --wait`). */
export type WaitCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully' | 'running_or_healthy';

/** One dependency to wait for. */
export interface WaitFor {
  readonly condition: WaitCondition;
  readonly required: boolean;
}

/** Healthy (or running, with `fallbackRunning` and no healthcheck); throws for a failed container. */
async function isHealthy(session: ComposeSession, containers: readonly ContainerSummary[], fallbackRunning: boolean): Promise<boolean> {
  for (const c of containers) {
    const inspect = await session.client.containerInspect(c.Id);
    const name = inspect.Name.slice(1);
    if (inspect.State.Status === 'exited') throw m.containerExited(name, inspect.State.ExitCode);
    if (!inspect.Config.Healthcheck && fallbackRunning) return inspect.State.Status === 'running';
    const health = inspect.State.Health;
    if (!health) throw m.noHealthcheck(name);
    if (health.Status === 'unhealthy') throw m.containerUnhealthy(name);
    if (health.Status === 'starting') return false;
    if (health.Status !== 'healthy') throw new Error(`container ${name} had unexpected health status "${health.Status}"`);
  }
  return true;
}

async function isCompleted(session: ComposeSession, containers: readonly ContainerSummary[]): Promise<{ exited: boolean; code: number }> {
  for (const c of containers) {
    const inspect = await session.client.containerInspect(c.Id);
    if (inspect.State.Status === 'exited') return { exited: true, code: inspect.State.ExitCode };
  }
  return { exited: false, code: 0 };
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function waitOne(session: ComposeSession, w: ProgressWriter, dep: string, config: WaitFor, waitingFor: readonly ContainerSummary[], deadline: number | undefined, cancel: { done: boolean }): Promise<void> {
  const events = (status: 'done' | 'error' | 'warning', text: string) => waitingFor.forEach((c) => w.event(progressEvent(containerEventId(c), status, text)));
  for (;;) {
    await session.sleep(POLL_MS);
    if (session.signal?.aborted || cancel.done) return;
    if (deadline !== undefined && (await session.now()) > deadline) throw m.dependencyTimeout();
    if (config.condition === 'service_completed_successfully') {
      const { exited, code } = await isCompleted(session, waitingFor);
      if (!exited) continue;
      if (code === 0) return events('done', 'Exited');
      const suffix = `${JSON.stringify(dep)} didn't complete successfully: exit ${code}`;
      if (!config.required) {
        events('warning', `Skipped: optional dependency ${suffix}`);
        return session.warn(`optional dependency ${suffix}`);
      }
      events('error', `service ${suffix}`);
      throw m.dependencyNotCompleted(dep, code);
    }
    const fallback = config.condition === 'running_or_healthy';
    let healthy: boolean;
    try {
      healthy = await isHealthy(session, waitingFor, fallback);
    } catch (e) {
      if (!config.required) {
        const reason = fallback ? `optional dependency ${JSON.stringify(dep)} is not running or is unhealthy` : `optional dependency ${JSON.stringify(dep)} failed to start`;
        events('warning', `Skipped: ${reason}`);
        return session.warn(`${reason}: ${message(e)}`);
      }
      if (fallback) throw e;
      events('error', 'Error');
      throw m.dependencyFailedToStart(message(e));
    }
    if (healthy) return events('done', 'Healthy');
  }
}

/** Waits for `dependencies` of `dependant` among `containers`; `timeoutMs` bounds the wait. */
export async function waitDependencies(
  session: ComposeSession,
  project: ComposeProject,
  w: ProgressWriter,
  dependant: string,
  dependencies: Readonly<Record<string, WaitFor>>,
  containers: readonly ContainerSummary[],
  timeoutMs?: number,
): Promise<void> {
  const deadline = timeoutMs !== undefined && timeoutMs > 0 ? (await session.now()) + timeoutMs : undefined;
  const waits: Promise<void>[] = [];
  const cancel = { done: false };
  for (const dep of Object.keys(dependencies).sort()) {
    const config = dependencies[dep]!;
    if (config.condition === 'service_started') continue;
    const service = project.services[dep];
    if (!service) {
      if (Object.hasOwn(project.disabledServices, dep)) continue;
      throw m.noSuchService(dep);
    }
    if (serviceScale(service) === 0) continue;
    const waitingFor = containers.filter((c) => serviceOf(c) === dep && !isOneOff(c));
    waitingFor.forEach((c) => w.event(progressEvent(containerEventId(c), 'working', 'Waiting')));
    if (waitingFor.length === 0) {
      if (config.required) throw m.missingDependency(dependant, dep);
      session.warn(`${dependant} is missing dependency ${dep}`);
      continue;
    }
    waits.push(waitOne(session, w, dep, config, waitingFor, deadline, cancel));
  }
  try {
    await Promise.all(waits);
  } finally {
    // One failed wait ends the others (Compose's errgroup context).
    cancel.done = true;
  }
}
