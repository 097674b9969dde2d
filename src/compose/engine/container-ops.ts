/**
 * @module
 * Per-container steps with their progress events, shared by `down`, `stop`, `rm`, `kill`,
 * `pause`, `unpause`, `restart` and scaling down: ` Container app-web-1  Stopping` → `Stopped`,
 * `Removing` → `Removed`, `Killing` → `Killed`, and so on.
 */
import { isDockerError } from '../../core/errors.js';
import type { ContainerSummary } from '../../container/summary.js';
import { canonicalName } from './containers.js';
import { progressEvent, type ProgressWriter } from './progress.js';
import type { ComposeSession } from './session.js';

/** The event id of a container (`Container app-web-1`). */
export const containerEventId = (c: Pick<ContainerSummary, 'Names'>): string => `Container ${canonicalName(c)}`;

/** Runs `op` between a working and a done event; an error event when it throws. */
export async function step(w: ProgressWriter, id: string, working: string, done: string, op: () => Promise<unknown>): Promise<void> {
  w.event(progressEvent(id, 'working', working));
  try {
    await op();
  } catch (e) {
    // Already in the wanted state: Docker answers 304, the CLI sees success.
    if (!isDockerError(e, 'NotModified')) {
      w.event(progressEvent(id, 'error', 'Error'));
      throw e;
    }
  }
  w.event(progressEvent(id, 'done', done));
}

/** `Stopping` → `Stopped` (`timeout` in seconds). */
export function stopContainer(session: ComposeSession, w: ProgressWriter, c: ContainerSummary, timeout?: number): Promise<void> {
  return step(w, containerEventId(c), 'Stopping', 'Stopped', () => session.client.containerStop(c.Id, timeout !== undefined ? { timeout } : {}));
}

/** `Removing` → `Removed`. */
export function removeContainer(session: ComposeSession, w: ProgressWriter, c: ContainerSummary, volumes = false): Promise<void> {
  return step(w, containerEventId(c), 'Removing', 'Removed', () => session.client.containerDelete(c.Id, { force: true, volumes }));
}

/** Stop then remove (Compose `stopAndRemoveContainer`). */
export async function stopAndRemove(session: ComposeSession, w: ProgressWriter, c: ContainerSummary, options: { readonly timeout?: number; readonly volumes?: boolean } = {}): Promise<void> {
  await stopContainer(session, w, c, options.timeout);
  await removeContainer(session, w, c, options.volumes ?? false);
}
