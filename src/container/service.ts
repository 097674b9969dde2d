/**
 * @module
 * The container service of one daemon: every container verb of the Engine API (create, inspect,
 * list, start, stop, kill, pause, unpause, restart, rm, rename, update, wait, logs, prune) as
 * Docker runs it — look the container up, let the pure lifecycle decide, commit once, execute the
 * effects. Verbs that Docker makes wait (stop, restart, kill with SIGKILL, rm -f) resolve when the
 * process has exited, in virtual time.
 */
import { DockerError } from '../core/errors.js';
import * as m from '../core/messages/containers.js';
import { HostContext } from '../daemon/context.js';
import type { SignalName } from '../programs/types.js';
import type { ContainerCreateRequest } from './create.js';
import { createContainer } from './create-container.js';
import type { ContainerCreateOptions, ContainerCreateResponse, ContainerInspectOptions, ContainerRemoveOptions, ContainerStopOptions } from './verb-options.js';
import { toInspect, type ContainerInspect } from './inspect.js';
import { stopSignalOf, transition } from './lifecycle.js';
import { listContainers, type ContainerListOptions } from './list.js';
import { getContainer } from './lookup.js';
import { renameContainer } from './rename.js';
import { displayName, type ContainerRecord } from './record.js';
import { parseSignal } from './signals.js';
import { isRunning } from './state.js';
import type { ContainerSummary } from './summary.js';
import { ContainerRuntime, eventAttributes } from './runtime/runtime.js';
import type { LogEntry, LogReadOptions } from './runtime/logs.js';
import type { ContainerWaitResponse, WaitCondition } from './runtime/waiters.js';
import { pruneContainers, type ContainerPruneResponse } from './prune.js';
import { updateContainer, type ContainerUpdateRequest, type ContainerUpdateResponse } from './update.js';
import { AsyncQueue } from '../core/async-queue.js';
import type { FilesystemChange } from '../fs/changes.js';
import type { ContainerArchive, ContainerPathStat, PutArchiveOptions } from './archive.js';
import type { ContainerCommitOptions, ContainerCommitResponse } from './commit.js';
import { toExecInspect, type ExecCreateRequest, type ExecInspect } from './exec.js';
import type { ContainerStatsResponse } from './stats.js';
import type { ContainerTopResponse } from './top.js';
import { attachContainer, type AttachOptions, type ContainerAttachment } from './runtime/attach.js';
import { commitContainer, containerArchive, containerChanges, containerExport, containerExtract, containerStatPath } from './runtime/container-fs.js';
import { ExecRunner, type ExecSession, type ExecStartOptions } from './runtime/execs.js';
import { HealthMonitor } from './runtime/health-monitor.js';
import { containerStatsOnce, containerStatsStream, containerTop } from './runtime/observe.js';
import { resizeContainer, resizeExec, type TerminalSize } from './resize.js';

export type { ContainerCreateOptions, ContainerCreateResponse, ContainerStopOptions, ContainerRemoveOptions, ContainerInspectOptions } from './verb-options.js';

/** The daemon's default stop timeout (seconds, Linux). */
export const DEFAULT_STOP_TIMEOUT = 10;

/** Every container verb of one daemon. */
export class ContainerService {
  /** @internal The processes behind the records: the daemon wires its hooks. */
  readonly runtime: ContainerRuntime;
  /** @internal Exec instances (`docker exec`). */
  readonly execs: ExecRunner;
  /** @internal Health checks run on the clock. */
  readonly health: HealthMonitor;
  readonly #ctx: HostContext;

  constructor(ctx: HostContext) {
    this.#ctx = ctx;
    this.runtime = new ContainerRuntime(ctx);
    this.execs = new ExecRunner(this.runtime);
    this.health = new HealthMonitor(this.runtime, this.execs);
  }

  /** Restarts the processes (and health checks) of a loaded state's running containers (a saved world keeps records, not processes). */
  resume(): void {
    for (const id of this.runtime.resume()) {
      if (this.runtime.record(id)?.State.Running) this.health.start(id);
    }
  }

  #get(ref: string): ContainerRecord {
    return getContainer(this.#ctx.state, ref);
  }

  /** `POST /containers/create`. */
  create(request: ContainerCreateRequest, options: ContainerCreateOptions = {}): ContainerCreateResponse {
    return createContainer(this.#ctx, this.runtime, request, options);
  }

  /** `GET /containers/{id}/json` (`size`: with `SizeRw` / `SizeRootFs`). */
  inspect(ref: string, options: ContainerInspectOptions = {}): ContainerInspect {
    const record = this.#get(ref);
    return toInspect(record, options.size ? this.runtime.filesystems.sizes(record) : undefined);
  }

  /** `GET /containers/json`. */
  list(options: ContainerListOptions = {}): ContainerSummary[] {
    const images = this.runtime.hooks.images;
    const ancestors = new Set<string>();
    for (const ref of options.filters?.['ancestor'] ?? []) {
      const found = images?.resolve(ref);
      if (!found || found instanceof DockerError) continue;
      for (const id of images?.descendants?.(found.id) ?? [found.id]) ancestors.add(id);
    }
    const rows = listContainers(this.#ctx.state, options, { now: this.#ctx.now(), ancestors, sizeOf: (record: ContainerRecord) => this.runtime.filesystems.sizes(record) });
    if (rows instanceof DockerError) throw rows;
    return rows;
  }

  /** `POST /containers/{id}/start`: 304 `container is already running` when it runs. */
  start(ref: string): void {
    const record = this.#get(ref);
    const guard = transition(record, { type: 'start', pid: 0 }, this.#ctx.now());
    if (guard instanceof DockerError) throw guard;
    this.runtime.prepareStart(record);
    this.runtime.apply(record, { type: 'start', pid: this.runtime.nextPid() });
  }

  /** `POST /containers/{id}/stop`: the stop signal, SIGKILL after the timeout; resolves once exited. */
  async stop(ref: string, options: ContainerStopOptions = {}, restarting = false): Promise<void> {
    const record = this.#get(ref);
    const signal = options.signal ? parseOrThrow(options.signal) : stopSignalOf(record);
    const seconds = options.timeout ?? record.Config.StopTimeout ?? DEFAULT_STOP_TIMEOUT;
    const exited = record.State.Status === 'running' || record.State.Status === 'paused' ? this.runtime.exitOf(record.Id) : undefined;
    this.runtime.apply(record, { type: 'stop', signal, timeoutMs: seconds < 0 ? -1 : seconds * 1000, restarting });
    if (!exited) return;
    await exited;
    const after = this.runtime.record(record.Id) ?? record;
    this.#ctx.commit(() => {}, [{ Type: 'container', Action: 'stop', id: record.Id, attributes: eventAttributes(after) }]);
  }

  /** `POST /containers/{id}/kill`: errors carry `cannot kill container: <name>: `. */
  async kill(ref: string, signalText?: string): Promise<void> {
    try {
      const signal: SignalName = signalText ? parseOrThrow(signalText) : 'SIGKILL';
      const record = this.#get(ref);
      const waits = signal === 'SIGKILL' && (record.State.Status === 'running' || record.State.Status === 'paused');
      const exited = waits ? this.runtime.exitOf(record.Id) : undefined;
      this.runtime.apply(record, { type: 'kill', signal });
      await exited;
    } catch (error) {
      throw error instanceof DockerError ? m.cannotKill(ref, error) : error;
    }
  }

  /** `POST /containers/{id}/pause`. */
  pause(ref: string): void {
    this.runtime.apply(this.#get(ref), { type: 'pause' });
  }

  /** `POST /containers/{id}/unpause`. */
  unpause(ref: string): void {
    this.runtime.apply(this.#get(ref), { type: 'unpause' });
  }

  /** `POST /containers/{id}/restart`: stop (if running), then start; a `restart` event. */
  async restart(ref: string, options: ContainerStopOptions = {}): Promise<void> {
    const record = this.#get(ref);
    try {
      if (isRunning(record.State.Status)) await this.stop(record.Id, options, true);
      this.start(record.Id);
    } catch (error) {
      throw error instanceof DockerError ? m.cannotRestart(ref, error) : error;
    }
    const after = this.runtime.record(record.Id) ?? record;
    this.#ctx.commit(() => {}, [{ Type: 'container', Action: 'restart', id: record.Id, attributes: eventAttributes(after) }]);
  }

  /** `DELETE /containers/{id}`: running containers need `force` (killed first). */
  async remove(ref: string, options: ContainerRemoveOptions = {}): Promise<void> {
    const record = this.#get(ref);
    const force = options.force ?? false;
    if (force && isRunning(record.State.Status)) {
      const exited = record.State.Status === 'restarting' ? undefined : this.runtime.exitOf(record.Id);
      this.runtime.apply(record, { type: 'remove', name: ref, force, volumes: options.volumes ?? false });
      await exited;
      const after = this.runtime.record(record.Id);
      if (!after) return; // auto-removed on exit
      this.runtime.apply(after, { type: 'remove', name: ref, force, volumes: options.volumes ?? false });
      return;
    }
    this.runtime.apply(record, { type: 'remove', name: ref, force, volumes: options.volumes ?? false });
  }

  /** `POST /containers/{id}/rename`. */
  rename(ref: string, newName: string): void {
    renameContainer(this.#ctx, this.runtime, ref, newName);
  }

  /** `POST /containers/{id}/update`: resources and restart policy. */
  update(ref: string, request: ContainerUpdateRequest): ContainerUpdateResponse {
    return updateContainer(this.#ctx, this.runtime, this.#get(ref), request);
  }

  /**
   * `POST /containers/{id}/wait`. The wait is registered synchronously, before the returned
   * promise is awaited, so a caller may wait and then start (as `docker run` does).
   */
  wait(ref: string, condition: string = 'not-running'): Promise<ContainerWaitResponse> {
    if (condition !== 'not-running' && condition !== 'next-exit' && condition !== 'removed') throw m.invalidWaitCondition(condition);
    const record = this.#get(ref);
    const c = condition as WaitCondition;
    if (c === 'not-running' && !isRunning(record.State.Status)) {
      return Promise.resolve({ StatusCode: record.State.ExitCode, Error: null });
    }
    return this.runtime.waiters.add(record.Id, c === 'removed');
  }

  /** `GET /containers/{id}/logs`. */
  logs(ref: string, options: LogReadOptions = {}): AsyncQueue<LogEntry> {
    return this.runtime.logs.read(this.#get(ref).Id, options);
  }

  /** `POST /containers/prune`: removes every stopped container matching `until` / `label`. */
  prune(filters: { readonly [name: string]: readonly string[] } = {}): ContainerPruneResponse {
    return pruneContainers(this.#ctx, this.runtime, filters);
  }

  /** `POST /containers/{id}/exec`. */
  execCreate(ref: string, request: ExecCreateRequest): { Id: string } {
    return { Id: this.execs.create(this.#get(ref), request) };
  }

  /** `POST /exec/{id}/start`. */
  execStart(id: string, options: ExecStartOptions = {}): ExecSession {
    return this.execs.start(id, options);
  }

  /** `POST /containers/{id}/resize`: the container must be running. */
  resize(ref: string, size: TerminalSize): void {
    resizeContainer(this.#ctx, this.#get(ref), size);
  }

  /** `POST /exec/{id}/resize`: the exec's container must run; waits up to 10 s for the exec to start. */
  execResize(id: string, _size: TerminalSize): Promise<void> {
    this.execs.get(id);
    return resizeExec(this.#ctx, () => {
      const exec = this.execs.get(id);
      return { exec, container: this.runtime.record(exec.ContainerID) };
    });
  }

  /** `GET /exec/{id}/json`. */
  execInspect(id: string): ExecInspect {
    return toExecInspect(this.execs.get(id));
  }

  /** `POST /containers/{id}/attach`. */
  attach(ref: string, options: AttachOptions = {}): ContainerAttachment {
    return attachContainer(this.runtime, this.#get(ref), options);
  }

  /** `GET /containers/{id}/top`. */
  top(ref: string, psArgs?: string): ContainerTopResponse {
    return containerTop(this.runtime, this.#get(ref), psArgs);
  }

  /** `GET /containers/{id}/stats` (`stream: false`: one sample). */
  stats(ref: string, options: { readonly stream?: boolean } = {}): AsyncQueue<ContainerStatsResponse> {
    const record = this.#get(ref);
    if (options.stream ?? true) return containerStatsStream(this.runtime, record.Id);
    const once = new AsyncQueue<ContainerStatsResponse>();
    once.push(containerStatsOnce(this.runtime, record));
    once.end();
    return once;
  }

  /** `GET /containers/{id}/changes`. */
  changes(ref: string): FilesystemChange[] {
    return containerChanges(this.runtime, this.#get(ref));
  }

  /** `HEAD /containers/{id}/archive`. */
  archiveInfo(ref: string, path: string): ContainerPathStat {
    return containerStatPath(this.runtime, this.#get(ref), path, ref);
  }

  /** `GET /containers/{id}/archive`. */
  archive(ref: string, path: string): ContainerArchive {
    return containerArchive(this.runtime, this.#get(ref), path, ref);
  }

  /** `PUT /containers/{id}/archive`. */
  putArchive(ref: string, path: string, tar: Uint8Array, options: PutArchiveOptions = {}): Promise<void> {
    return containerExtract(this.runtime, this.#get(ref), path, ref, tar, options);
  }

  /** `GET /containers/{id}/export`. */
  export(ref: string): Uint8Array {
    return containerExport(this.runtime, this.#get(ref));
  }

  /** `POST /commit`. */
  commit(ref: string, options: ContainerCommitOptions = {}): ContainerCommitResponse {
    return commitContainer(this.runtime, this.#get(ref), options);
  }

  /** The display name of a container (for CLI echoes). */
  nameOf(ref: string): string {
    return displayName(this.#get(ref));
  }
}

function parseOrThrow(text: string): SignalName {
  const parsed = parseSignal(text);
  if (parsed instanceof DockerError) throw parsed;
  return parsed;
}
