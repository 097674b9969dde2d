/**
 * @module
 * `docker compose down` (docker/compose `down.go`): stops and removes the project's containers in
 * reverse dependency order (orphans too with `--remove-orphans`), then its networks, its
 * declared volumes with `-v` (and containers' anonymous volumes), its images with `--rmi`. Named
 * volumes and images stay by default. Nothing to remove: `Warning: No resource found to remove
 * for project "x".`
 */
import { isDockerError } from '../../core/errors.js';
import type { ComposeProject } from '../model/project.js';
import { serviceImageName } from '../naming.js';
import { reverseDependencyOrder } from '../order.js';
import { byName, projectContainers, serviceOf } from './containers.js';
import { stopAndRemove } from './container-ops.js';
import { removeNetwork } from './networks.js';
import { progressEvent, type ProgressWriter } from './progress.js';
import type { ComposeSession } from './session.js';
import { removeVolume } from './volumes.js';

/** Options of `compose down`. */
export interface DownOptions {
  /** `-v`/`--volumes`. */
  readonly volumes?: boolean;
  /** `--rmi local|all`. */
  readonly rmi?: 'local' | 'all';
  /** `--remove-orphans`. */
  readonly removeOrphans?: boolean;
  /** `-t`: seconds to wait before killing. */
  readonly timeout?: number;
  /** Services to bring down (Compose 2.x `down SERVICE…`). */
  readonly services?: readonly string[];
}

async function removeImage(session: ComposeSession, image: string, w: ProgressWriter): Promise<void> {
  const id = `Image ${image}`;
  w.event(progressEvent(id, 'working', 'Removing'));
  try {
    await session.client.imageDelete(image);
    w.event(progressEvent(id, 'done', 'Removed'));
  } catch (e) {
    if (isDockerError(e, 'NotFound')) {
      w.event(progressEvent(id, 'warning', 'No such image'));
      return;
    }
    if (isDockerError(e, 'Conflict')) {
      w.event(progressEvent(id, 'warning', 'Resource is still in use'));
      return;
    }
    throw e;
  }
}

/** `compose down`. */
export async function down(session: ComposeSession, project: ComposeProject, options: DownOptions = {}): Promise<void> {
  const w = session.progress('Running');
  let found = false;
  try {
    const all = await projectContainers(session, project.name, { oneOff: 'include', ...(options.services ? { services: options.services } : {}) });
    const known = new Set([...Object.keys(project.services), ...Object.keys(project.disabledServices)]);
    const mine = all.filter((c) => known.has(serviceOf(c)));
    const orphans = all.filter((c) => !known.has(serviceOf(c)));
    const timeout = options.timeout !== undefined ? { timeout: options.timeout } : {};
    found = all.length > 0;
    for (const service of reverseDependencyOrder(project)) {
      await Promise.all(byName(mine.filter((c) => serviceOf(c) === service)).map((c) => stopAndRemove(session, w, c, { ...timeout, volumes: options.volumes ?? false })));
    }
    if (options.removeOrphans) for (const c of byName(orphans)) await stopAndRemove(session, w, c, { ...timeout, volumes: options.volumes ?? false });
    else if (orphans.length > 0 && options.services === undefined)
      session.warn(`Found orphan containers ([${byName(orphans).map((c) => c.Names[0]!.slice(1)).join(' ')}]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`);
    if (options.services !== undefined && options.services.length > 0) return;
    for (const key of Object.keys(project.networks).sort()) {
      const network = project.networks[key]!;
      if (!network.external && (await removeNetwork(session, project.name, key, network.name, w))) found = true;
    }
    if (options.rmi) {
      for (const name of Object.keys(project.services).sort()) {
        const service = project.services[name]!;
        if (options.rmi === 'local' && service.image !== undefined) continue;
        found = true;
        await removeImage(session, serviceImageName(project.name, service), w);
      }
    }
    if (options.volumes) {
      for (const key of Object.keys(project.volumes).sort()) {
        const volume = project.volumes[key]!;
        if (!volume.external && (await removeVolume(session, volume.name, w))) found = true;
      }
    }
  } finally {
    w.stop();
  }
  if (!found) session.err.write(`Warning: No resource found to remove for project ${JSON.stringify(project.name)}.\n`);
}
