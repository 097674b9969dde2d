/**
 * @module
 * `docker compose up` and `create` (docker/compose `up.go`, `create.go`): images pulled or built,
 * networks and volumes ensured, orphans warned about (or removed with `--remove-orphans`), the
 * services converged, then — unless `--no-start` — started in dependency order, optionally
 * waiting (`--wait`). Without `-d`, Compose attaches to the containers' output (`Attaching to
 * web-1`), prints their logs until they all exit or the command is interrupted, then stops them.
 */
import { checkContainerNameUnicity } from '../load/consistency.js';
import type { ContainerSummary } from '../../container/summary.js';
import type { ComposeProject } from '../model/project.js';
import { byName, isOneOff, nameWithoutProject, projectContainers, serviceOf } from './containers.js';
import { converge, type RecreatePolicy } from './convergence.js';
import { removeContainer } from './container-ops.js';
import { ensureImages, type ImageOptions } from './images.js';
import { LogPrinter } from './log-printer.js';
import { ensureNetworks } from './networks.js';
import type { ProgressWriter } from './progress.js';
import { applyScale, selectProject } from './select.js';
import type { ComposeSession } from './session.js';
import { startProject } from './start.js';
import { stopContainers } from './stop.js';
import { ensureVolumes } from './volumes.js';

/** Options of `compose create` (and the creation part of `up`). */
export interface CreateOptions extends ImageOptions {
  /** The services named on the command line. */
  readonly services?: readonly string[];
  /** `--force-recreate`. */
  readonly forceRecreate?: boolean;
  /** `--no-recreate`. */
  readonly noRecreate?: boolean;
  /** `--always-recreate-deps`. */
  readonly alwaysRecreateDeps?: boolean;
  /** `--no-deps`. */
  readonly noDeps?: boolean;
  /** `--scale SERVICE=NUM`. */
  readonly scale?: Readonly<Record<string, number>>;
  /** `--remove-orphans`. */
  readonly removeOrphans?: boolean;
  /** `-V`/`--renew-anon-volumes`: do not inherit anonymous volumes on recreate. */
  readonly renewAnonVolumes?: boolean;
  /** `-t`: seconds to wait when stopping containers to recreate them. */
  readonly timeout?: number;
}

/** Options of `compose up`. */
export interface UpOptions extends CreateOptions {
  /** `-d`. */
  readonly detach?: boolean;
  /** `--no-start`. */
  readonly noStart?: boolean;
  /** `--wait`. */
  readonly wait?: boolean;
  /** `--wait-timeout` in seconds. */
  readonly waitTimeout?: number;
  /** `--no-log-prefix`, `--no-color`, `-t`/`--timestamps` for the attached logs. */
  readonly noLogPrefix?: boolean;
  readonly noColor?: boolean;
  readonly timestamps?: boolean;
}

/** The project part `up`/`create` works on. */
export function projectFor(project: ComposeProject, options: CreateOptions): ComposeProject {
  return applyScale(selectProject(project, options.services ?? [], !options.noDeps), options.scale);
}

/** The creation phase within an open progress display; returns the project's containers. */
export async function createProject(session: ComposeSession, project: ComposeProject, full: ComposeProject, w: ProgressWriter, options: CreateOptions): Promise<ContainerSummary[]> {
  checkContainerNameUnicity(project);
  const names = Object.keys(project.services).sort();
  const imageIds = await ensureImages(session, project, names, w, options);
  await ensureNetworks(session, project, w);
  await ensureVolumes(session, project, w);
  const observed = await projectContainers(session, project.name, { oneOff: 'include' });
  const known = new Set([...Object.keys(full.services), ...Object.keys(full.disabledServices)]);
  const orphans = byName(observed.filter((c) => (isOneOff(c) ? c.State === 'exited' || c.State === 'dead' : !known.has(serviceOf(c)))));
  if (orphans.length > 0) {
    if (options.removeOrphans) for (const c of orphans) await removeContainer(session, w, c);
    else session.warn(`Found orphan containers ([${orphans.map((c) => c.Names[0]!.slice(1)).join(' ')}]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`);
  }
  const recreate: RecreatePolicy = options.forceRecreate ? 'force' : options.noRecreate ? 'never' : 'diverged';
  const selected = options.services ?? [];
  const state = await converge({ session, project, w, imageIds, containerOf: () => undefined }, project, observed.filter((c) => !orphans.includes(c)), {
    services: selected.length > 0 ? selected : names,
    recreate,
    recreateDependencies: options.alwaysRecreateDeps ? 'force' : recreate === 'force' ? 'diverged' : recreate,
    inherit: !options.renewAnonVolumes,
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
  return Object.values(state).flat();
}

/** `compose create`. */
export async function create(session: ComposeSession, project: ComposeProject, options: CreateOptions = {}): Promise<void> {
  const w = session.progress('Creating');
  try {
    await createProject(session, projectFor(project, options), project, w, options);
  } finally {
    w.stop();
  }
}

/** Attached `up`: logs until every container exits or the signal aborts, then stop. */
async function attach(session: ComposeSession, project: ComposeProject, containers: readonly ContainerSummary[], options: UpOptions): Promise<void> {
  const printer = new LogPrinter(session.out, { color: !options.noColor && session.out.isTTY, prefix: !options.noLogPrefix });
  const sorted = byName(containers);
  for (const c of sorted) printer.register(nameWithoutProject(c));
  session.out.write(`Attaching to ${sorted.map(nameWithoutProject).join(', ')}\n`);
  const attachments = await Promise.all(sorted.map(async (c) => ({ c, a: await session.client.containerAttach(c.Id, { stdout: true, stderr: true, stream: true }) })));
  const decoder = new TextDecoder();
  const follow = async ({ c, a }: (typeof attachments)[number]): Promise<void> => {
    const name = nameWithoutProject(c);
    const exit = session.client.containerWait(c.Id, 'not-running');
    for await (const chunk of a.output) {
      if (session.signal?.aborted) return;
      printer.write(name, decoder.decode(chunk.data, { stream: true }));
    }
    printer.flush(name);
    if (session.signal?.aborted) return;
    const { StatusCode } = await exit;
    printer.status(name, `exited with code ${StatusCode}`);
  };
  const aborted = new Promise<void>((resolve) => session.signal?.addEventListener('abort', () => resolve(), { once: true }));
  const w = session.progress('Running');
  try {
    await startProject(session, project, w, containers, { quiet: true });
  } finally {
    w.stop();
  }
  await Promise.race([Promise.all(attachments.map(follow)), aborted]);
  if (session.signal?.aborted) {
    session.err.write('Gracefully stopping... (press Ctrl+C again to force)\n');
    const stopping = session.progress('Stopping');
    try {
      await stopContainers(session, project, stopping, { ...(options.timeout !== undefined ? { timeout: options.timeout } : {}) });
    } finally {
      stopping.stop();
    }
  }
}

/** `compose up`. */
export async function up(session: ComposeSession, full: ComposeProject, options: UpOptions = {}): Promise<void> {
  const project = projectFor(full, options);
  const w = session.progress('Running');
  let containers: ContainerSummary[];
  try {
    containers = await createProject(session, project, full, w, options);
    if (!options.noStart && (options.detach || options.wait)) {
      try {
        await startProject(session, project, w, containers, { wait: options.wait ?? false, ...(options.waitTimeout ? { waitTimeoutMs: options.waitTimeout * 1000 } : {}) });
      } catch (e) {
        if (e instanceof Error && e.message === 'timeout waiting for dependencies' && options.waitTimeout) throw new Error(`application not healthy after ${options.waitTimeout}s`);
        throw e;
      }
    }
  } finally {
    w.stop();
  }
  if (options.noStart || options.detach || options.wait) return;
  await attach(session, project, containers, options);
}
