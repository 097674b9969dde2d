/**
 * @module
 * `docker compose stop`, `kill`, `pause`, `unpause`, `restart`, `start` and `rm` (docker/compose
 * `stop.go`, `kill.go`, `pause.go`, `restart.go`, `start.go`, `remove.go`): each acts on the
 * project's containers (or some services'), stops in reverse dependency order, and reports one
 * event per container (` Container app-web-1  Stopped`, `Killed`, `Paused`…).
 */
import type { ContainerSummary } from '../../container/summary.js';
import type { ComposeProject } from '../model/project.js';
import { reverseDependencyOrder, dependencyLevels } from '../order.js';
import { byName, projectContainers, serviceOf } from './containers.js';
import { containerEventId, removeContainer, step, stopContainer } from './container-ops.js';
import type { ProgressWriter } from './progress.js';
import type { ComposeSession } from './session.js';
import { startProject } from './start.js';

/** Options shared by the lifecycle commands. */
export interface ServiceSelection {
  /** Only these services' containers. */
  readonly services?: readonly string[];
}

/** Containers grouped by service in reverse dependency order (unknown services last). */
function reverseGroups(project: ComposeProject, containers: readonly ContainerSummary[]): ContainerSummary[][] {
  const order = reverseDependencyOrder(project);
  const groups = order.map((s) => byName(containers.filter((c) => serviceOf(c) === s)));
  const rest = byName(containers.filter((c) => !order.includes(serviceOf(c))));
  return [rest, ...groups].filter((g) => g.length > 0);
}

/** Stops running containers of the project in reverse dependency order (within an open display). */
export async function stopContainers(session: ComposeSession, project: ComposeProject, w: ProgressWriter, options: ServiceSelection & { readonly timeout?: number } = {}): Promise<void> {
  const containers = await projectContainers(session, project.name, { all: false, ...(options.services ? { services: options.services } : {}) });
  for (const group of reverseGroups(project, containers)) await Promise.all(group.map((c) => stopContainer(session, w, c, options.timeout)));
}

async function withProgress(session: ComposeSession, title: string, op: (w: ProgressWriter) => Promise<void>): Promise<void> {
  const w = session.progress(title);
  try {
    await op(w);
  } finally {
    w.stop();
  }
}

/** `compose stop [-t N] [SERVICE...]`. */
export function stop(session: ComposeSession, project: ComposeProject, options: ServiceSelection & { readonly timeout?: number } = {}): Promise<void> {
  return withProgress(session, 'Stopping', (w) => stopContainers(session, project, w, options));
}

/** `compose kill [-s SIGNAL] [--remove-orphans] [SERVICE...]`. */
export function kill(session: ComposeSession, project: ComposeProject, options: ServiceSelection & { readonly signal?: string } = {}): Promise<void> {
  return withProgress(session, 'Killing', async (w) => {
    const containers = await projectContainers(session, project.name, { all: false, ...(options.services ? { services: options.services } : {}) });
    if (containers.length === 0) {
      session.err.write('no container to kill\n');
      return;
    }
    for (const c of byName(containers)) await step(w, containerEventId(c), 'Killing', 'Killed', () => session.client.containerKill(c.Id, options.signal ?? 'SIGKILL'));
  });
}

/** `compose pause [SERVICE...]`. */
export function pause(session: ComposeSession, project: ComposeProject, options: ServiceSelection = {}): Promise<void> {
  return withProgress(session, 'Pausing', async (w) => {
    const containers = await projectContainers(session, project.name, { all: false, ...(options.services ? { services: options.services } : {}) });
    for (const c of byName(containers)) await step(w, containerEventId(c), 'Pausing', 'Paused', () => session.client.containerPause(c.Id));
  });
}

/** `compose unpause [SERVICE...]`. */
export function unpause(session: ComposeSession, project: ComposeProject, options: ServiceSelection = {}): Promise<void> {
  return withProgress(session, 'Unpausing', async (w) => {
    const containers = await projectContainers(session, project.name, { all: false, ...(options.services ? { services: options.services } : {}) });
    for (const c of byName(containers.filter((x) => x.State === 'paused'))) await step(w, containerEventId(c), 'Unpausing', 'Unpaused', () => session.client.containerUnpause(c.Id));
  });
}

/** `compose start [SERVICE...]`: starts existing containers in dependency order. */
export function start(session: ComposeSession, project: ComposeProject, options: ServiceSelection & { readonly wait?: boolean; readonly waitTimeout?: number } = {}): Promise<void> {
  return withProgress(session, 'Starting', async (w) => {
    const containers = await projectContainers(session, project.name);
    await startProject(session, project, w, containers, { ...(options.services ? { services: options.services } : {}), wait: options.wait ?? false, ...(options.waitTimeout ? { waitTimeoutMs: options.waitTimeout * 1000 } : {}) });
  });
}

/** `compose restart [-t N] [--no-deps] [SERVICE...]`: every container, in dependency order. */
export function restart(session: ComposeSession, project: ComposeProject, options: ServiceSelection & { readonly timeout?: number } = {}): Promise<void> {
  return withProgress(session, 'Restarting', async (w) => {
    const containers = await projectContainers(session, project.name, options.services ? { services: options.services } : {});
    for (const level of dependencyLevels(project)) {
      await Promise.all(
        level.flatMap((s) => byName(containers.filter((c) => serviceOf(c) === s))).map((c) => step(w, containerEventId(c), 'Restarting', 'Started', () => session.client.containerRestart(c.Id, options.timeout !== undefined ? { timeout: options.timeout } : {}))),
      );
    }
  });
}

/** Options of `compose rm`. */
export interface RmOptions extends ServiceSelection {
  /** `-s`: stop running containers first. */
  readonly stop?: boolean;
  /** `-v`: remove anonymous volumes too. */
  readonly volumes?: boolean;
}

/**
 * `compose rm [-f] [-s] [-v] [SERVICE...]`: removes stopped service containers; prints `No stopped
 * containers` when none. The confirmation prompt (without `-f`) is the caller's (the CLI's).
 */
export function rm(session: ComposeSession, project: ComposeProject, options: RmOptions = {}): Promise<void> {
  return withProgress(session, 'Removing', async (w) => {
    if (options.stop) await stopContainers(session, project, w, options);
    const containers = (await projectContainers(session, project.name, options.services ? { services: options.services } : {})).filter((c) => c.State !== 'running' && c.State !== 'paused' && c.State !== 'restarting');
    if (containers.length === 0) {
      session.err.write('No stopped containers\n');
      return;
    }
    for (const c of byName(containers)) await removeContainer(session, w, c, options.volumes ?? false);
  });
}
