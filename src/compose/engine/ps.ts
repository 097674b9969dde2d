/**
 * @module
 * `docker compose ps` (docker/compose `ps.go`): the project's containers — running only unless
 * `-a`, restricted by services and `--status`/`--filter status=` — sorted by name, as Engine
 * summaries plus the Compose fields `ps` shows (`Name`, `Service`, `Project`).
 */
import type { ContainerSummary } from '../../container/summary.js';
import { LABELS } from '../labels.js';
import { byName, canonicalName, projectContainers, serviceOf } from './containers.js';
import type { ComposeSession } from './session.js';

/** One row of `compose ps`. */
export interface ComposeContainer extends ContainerSummary {
  /** `app-web-1`. */
  readonly Name: string;
  readonly Service: string;
  readonly Project: string;
}

/** Options of `compose ps`. */
export interface PsOptions {
  readonly services?: readonly string[];
  /** `-a`. */
  readonly all?: boolean;
  /** `--status`: paused, restarting, removing, running, dead, created, exited. */
  readonly status?: readonly string[];
  /** `--orphans=false` hides containers of services not in the project (default: shown). */
  readonly orphans?: boolean;
  /** The project's service names, to tell orphans (when known). */
  readonly known?: readonly string[];
}

/** The containers `compose ps` lists. */
export async function ps(session: ComposeSession, projectName: string, options: PsOptions = {}): Promise<ComposeContainer[]> {
  const status = options.status ?? [];
  let list = await projectContainers(session, projectName, { oneOff: 'include', all: options.all || status.length > 0, ...(options.services ? { services: options.services } : {}) });
  if (status.length > 0) list = list.filter((c) => status.includes(c.State));
  if (options.orphans === false && options.known) list = list.filter((c) => options.known!.includes(serviceOf(c)));
  return byName(list).map((c) => ({ ...c, Name: canonicalName(c), Service: serviceOf(c), Project: c.Labels[LABELS.project] ?? projectName }));
}
