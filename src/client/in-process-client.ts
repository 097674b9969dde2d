/**
 * @module
 * The in-process transport of {@link DockerClient}: calls a world's daemon directly, holding the
 * clock while each call is awaited (so `auto` time moves as Docker's operations need).
 */
import type { DockerEvent } from '../core/events.js';
import type { Daemon } from '../daemon/daemon.js';
import type { SystemInfo } from '../daemon/info.js';
import type { SystemVersion } from '../daemon/version.js';
import type { DockerClient } from './docker-client.js';
import { heldIterable, heldStream } from './held.js';
import type { SystemEventsOptions } from './system-api.js';
import type { ContainerCreateRequest } from '../container/create.js';
import type { ContainerInspect } from '../container/inspect.js';
import type { ContainerListOptions } from '../container/list.js';
import type { ContainerPruneResponse } from '../container/prune.js';
import type { LogEntry, LogReadOptions } from '../container/runtime/logs.js';
import type { ContainerWaitResponse } from '../container/runtime/waiters.js';
import type { ContainerCreateOptions, ContainerCreateResponse, ContainerInspectOptions, ContainerRemoveOptions, ContainerStopOptions } from '../container/service.js';
import type { FilesystemChange } from '../fs/changes.js';
import type { ContainerArchive, ContainerPathStat, PutArchiveOptions } from '../container/archive.js';
import type { ContainerCommitOptions, ContainerCommitResponse } from '../container/commit.js';
import type { ExecCreateRequest, ExecInspect } from '../container/exec.js';
import type { ContainerStatsResponse } from '../container/stats.js';
import type { ContainerTopResponse } from '../container/top.js';
import type { AttachOptions, ContainerAttachment } from '../container/runtime/attach.js';
import type { ExecSession, ExecStartOptions } from '../container/runtime/execs.js';
import type { ContainerSummary } from '../container/summary.js';
import type { ContainerUpdateRequest, ContainerUpdateResponse } from '../container/update.js';
import type { TerminalSize } from '../container/resize.js';
import type { Filters } from '../image/filters.js';
import type { HistoryResponseItem } from '../image/history.js';
import type { ImageInspect } from '../image/inspect.js';
import type { JsonMessage } from '../image/json-message.js';
import type { ImageSummary } from '../image/list.js';
import type { ImagePruneResponse } from '../image/prune.js';
import type { DeleteResponseItem } from '../image/remove.js';
import type { AuthConfig, AuthResponse } from '../registry/auth.js';
import { CredentialStore } from './credentials.js';
import type { ImageListParams, ImagePullParams, ImagePushParams } from './image-api.js';
import type { ImageSearchOptions, ImageSearchResult } from '../registry/search.js';
import type { ImageImportOptions } from '../daemon/image-import.js';
import type { DistributionInspect } from '../registry/inspect.js';

/** Options of {@link InProcessClient}. */
export interface InProcessClientOptions {
  /**
   * Whether reading an open-ended stream (events, logs, stats, attach and exec output, an exec's
   * exit) holds the clock, so that `auto` time moves while the caller waits for it; default true.
   * The Engine API handler turns it off: a remote reader cannot tell the clock when it has
   * stopped waiting, so a held stream would run time on past what the caller does next.
   */
  readonly holdStreams?: boolean;
}
import type { NetworkCreateRequest, NetworkCreateResponse } from '../network/create.js';
import type { NetworkPruneResponse } from '../network/prune.js';
import type { NetworkInspect } from '../network/record.js';
import type { NetworkConnectRequest, NetworkDisconnectRequest } from '../network/service.js';
import type { NetworkFilterOptions } from './network-api.js';
import type { FilterArgs } from '../network/filter-args.js';
import type { VolumeCreateRequest } from '../volume/create.js';
import type { VolumeListResponse } from '../volume/list.js';
import type { VolumePruneResponse } from '../volume/prune.js';
import type { Volume } from '../volume/record.js';
import type { SystemDataUsage } from '../daemon/disk-usage.js';
import type { SystemPruneOptions, SystemPruneReport } from '../daemon/system-prune.js';
import type { BuildContextInput } from '../build/classic/context-input.js';
import { contextToSend } from '../build/classic/context.js';
import { contextTree as contextTreeOf } from '../build/classic/context-input.js';
import type { BuildPruneResponse } from '../build/classic/service.js';
import type { BuildPruneParams, ImageBuildParams } from './build-api.js';

/** A {@link DockerClient} bound to a daemon in the same process. */
export class InProcessClient implements DockerClient {
  /** Logins this client keeps (see {@link CredentialStore}). */
  readonly credentials = new CredentialStore();
  readonly #daemon: Daemon;
  readonly #holdStreams: boolean;

  constructor(daemon: Daemon, options: InProcessClientOptions = {}) {
    this.#daemon = daemon;
    this.#holdStreams = options.holdStreams ?? true;
  }

  /** An open-ended stream, held per item unless streams are not held (a `bounded` one, ending at `until`, always is). */
  #stream<T>(open: () => AsyncIterable<T>, bounded = false): AsyncIterable<T> {
    if (this.#holdStreams || bounded) return heldStream(this.#daemon.ctx.clock, open);
    try {
      return open();
    } catch (error) {
      return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(error) }) };
    }
  }

  /** Runs `work` with the clock held. */
  #call<T>(work: () => T | Promise<T>): Promise<T> {
    return this.#daemon.ctx.clock.hold(Promise.resolve().then(work));
  }

  systemPing(): Promise<string> {
    return this.#call(() => this.#daemon.ping());
  }

  systemVersion(): Promise<SystemVersion> {
    return this.#call(() => this.#daemon.version());
  }

  systemInfo(): Promise<SystemInfo> {
    return this.#call(() => this.#daemon.info());
  }

  systemEvents(options: SystemEventsOptions = {}): AsyncIterable<DockerEvent> {
    return this.#stream(() => this.#daemon.events(options), options.until !== undefined);
  }

  containerCreate(request: ContainerCreateRequest, options?: ContainerCreateOptions): Promise<ContainerCreateResponse> {
    return this.#call(() => this.#daemon.containers.create(request, options));
  }

  containerInspect(id: string, options?: ContainerInspectOptions): Promise<ContainerInspect> {
    return this.#call(() => this.#daemon.containers.inspect(id, options));
  }

  containerList(options?: ContainerListOptions): Promise<ContainerSummary[]> {
    return this.#call(() => this.#daemon.containers.list(options));
  }

  containerStart(id: string): Promise<void> {
    return this.#call(() => this.#daemon.containers.start(id));
  }

  containerStop(id: string, options?: ContainerStopOptions): Promise<void> {
    return this.#call(() => this.#daemon.containers.stop(id, options));
  }

  containerKill(id: string, signal?: string): Promise<void> {
    return this.#call(() => this.#daemon.containers.kill(id, signal));
  }

  containerPause(id: string): Promise<void> {
    return this.#call(() => this.#daemon.containers.pause(id));
  }

  containerUnpause(id: string): Promise<void> {
    return this.#call(() => this.#daemon.containers.unpause(id));
  }

  containerRestart(id: string, options?: ContainerStopOptions): Promise<void> {
    return this.#call(() => this.#daemon.containers.restart(id, options));
  }

  containerDelete(id: string, options?: ContainerRemoveOptions): Promise<void> {
    return this.#call(() => this.#daemon.containers.remove(id, options));
  }

  containerRename(id: string, name: string): Promise<void> {
    return this.#call(() => this.#daemon.containers.rename(id, name));
  }

  containerUpdate(id: string, update: ContainerUpdateRequest): Promise<ContainerUpdateResponse> {
    return this.#call(() => this.#daemon.containers.update(id, update));
  }

  containerWait(id: string, condition?: string): Promise<ContainerWaitResponse> {
    // Registered now, not after a microtask: callers wait before they start.
    let waiting: Promise<ContainerWaitResponse>;
    try {
      waiting = this.#daemon.containers.wait(id, condition);
    } catch (error) {
      waiting = Promise.reject(error);
    }
    return this.#daemon.ctx.clock.hold(waiting);
  }

  containerLogs(id: string, options?: LogReadOptions): AsyncIterable<LogEntry> {
    return this.#stream(() => this.#daemon.containers.logs(id, options), options?.until !== undefined);
  }

  containerExec(id: string, request: ExecCreateRequest): Promise<{ readonly Id: string }> {
    return this.#call(() => this.#daemon.containers.execCreate(id, request));
  }

  execStart(id: string, options?: ExecStartOptions): Promise<ExecSession> {
    const clock = this.#daemon.ctx.clock;
    return this.#call(() => {
      const session = this.#daemon.containers.execStart(id, options);
      return { ...session, output: this.#stream(() => session.output), exited: this.#holdStreams ? clock.hold(session.exited) : session.exited };
    });
  }

  execResize(id: string, size: TerminalSize): Promise<void> {
    return this.#call(() => this.#daemon.containers.execResize(id, size));
  }

  containerResize(id: string, size: TerminalSize): Promise<void> {
    return this.#call(() => this.#daemon.containers.resize(id, size));
  }

  execInspect(id: string): Promise<ExecInspect> {
    return this.#call(() => this.#daemon.containers.execInspect(id));
  }

  containerAttach(id: string, options?: AttachOptions): Promise<ContainerAttachment> {
    return this.#call(() => {
      const attachment = this.#daemon.containers.attach(id, options);
      return { ...attachment, output: this.#stream(() => attachment.output) };
    });
  }

  containerTop(id: string, psArgs?: string): Promise<ContainerTopResponse> {
    return this.#call(() => this.#daemon.containers.top(id, psArgs));
  }

  containerStats(id: string, options?: { readonly stream?: boolean }): AsyncIterable<ContainerStatsResponse> {
    return this.#stream(() => this.#daemon.containers.stats(id, options));
  }

  containerChanges(id: string): Promise<FilesystemChange[]> {
    return this.#call(() => this.#daemon.containers.changes(id));
  }

  containerArchiveInfo(id: string, path: string): Promise<ContainerPathStat> {
    return this.#call(() => this.#daemon.containers.archiveInfo(id, path));
  }

  containerArchive(id: string, path: string): Promise<ContainerArchive> {
    return this.#call(() => this.#daemon.containers.archive(id, path));
  }

  putContainerArchive(id: string, path: string, tar: Uint8Array, options?: PutArchiveOptions): Promise<void> {
    return this.#call(() => this.#daemon.containers.putArchive(id, path, tar, options));
  }

  containerExport(id: string): Promise<Uint8Array> {
    return this.#call(() => this.#daemon.containers.export(id));
  }

  imageCommit(container: string, options?: ContainerCommitOptions): Promise<ContainerCommitResponse> {
    return this.#call(() => this.#daemon.containers.commit(container, options));
  }

  containerPrune(filters?: { readonly [name: string]: readonly string[] }): Promise<ContainerPruneResponse> {
    return this.#call(() => this.#daemon.containers.prune(filters));
  }

  imageList(params: ImageListParams = {}): Promise<ImageSummary[]> {
    return this.#call(() => this.#daemon.images.list(params));
  }

  imageInspect(name: string): Promise<ImageInspect> {
    return this.#call(() => this.#daemon.images.inspect(name));
  }

  imageHistory(name: string): Promise<HistoryResponseItem[]> {
    return this.#call(() => this.#daemon.images.history(name));
  }

  imageTag(name: string, params: { readonly repo: string; readonly tag?: string }): Promise<void> {
    return this.#call(() => {
      this.#daemon.images.tag(name, params.repo, params.tag);
    });
  }

  imageDelete(name: string, params: { readonly force?: boolean; readonly noprune?: boolean } = {}): Promise<DeleteResponseItem[]> {
    return this.#call(() => this.#daemon.images.remove(name, params));
  }

  imagePrune(params: { readonly filters?: Filters } = {}): Promise<ImagePruneResponse> {
    return this.#call(() => this.#daemon.images.prune(params.filters ?? {}));
  }

  imagePull(params: ImagePullParams): AsyncIterable<JsonMessage> {
    const authconfig = params.authconfig ?? this.credentials.forImage(params.fromImage);
    return heldIterable(this.#daemon.ctx.clock, this.#daemon.distribution.pull({ ...params, ...(authconfig ? { authconfig } : {}) }));
  }

  imagePush(name: string, params: ImagePushParams = {}): AsyncIterable<JsonMessage> {
    const authconfig = params.authconfig ?? this.credentials.forImage(name);
    return heldIterable(this.#daemon.ctx.clock, this.#daemon.distribution.push({ name, ...params, ...(authconfig ? { authconfig } : {}) }));
  }

  imageGet(names: string | readonly string[]): Promise<Uint8Array> {
    return this.#call(() => this.#daemon.images.save(typeof names === 'string' ? [names] : names));
  }

  imageLoad(archive: Uint8Array, params: { readonly quiet?: boolean } = {}): Promise<JsonMessage[]> {
    return this.#call(() => this.#daemon.images.load(archive, params));
  }

  async imageImport(tar: Uint8Array, options?: ImageImportOptions): Promise<JsonMessage[]> {
    return [{ status: await this.#call(() => this.#daemon.importImage(tar, options)) }];
  }

  distributionInspect(name: string, params: { readonly authconfig?: AuthConfig } = {}): Promise<DistributionInspect> {
    return this.#call(() => this.#daemon.distribution.inspect(name, params.authconfig ?? this.credentials.forImage(name)));
  }

  imageSearch(options: ImageSearchOptions): Promise<ImageSearchResult[]> {
    return this.#call(() => this.#daemon.distribution.search(options));
  }

  async systemAuth(auth: AuthConfig): Promise<AuthResponse> {
    const response = await this.#call(() => this.#daemon.distribution.login(auth));
    this.credentials.set(auth.serveraddress, auth);
    return response;
  }

  networkList(options: NetworkFilterOptions = {}): Promise<NetworkInspect[]> {
    return this.#call(() => this.#daemon.networks.list(options.filters));
  }

  networkInspect(id: string): Promise<NetworkInspect> {
    return this.#call(() => this.#daemon.networks.inspect(id));
  }

  networkCreate(request: NetworkCreateRequest): Promise<NetworkCreateResponse> {
    return this.#call(() => this.#daemon.networks.create(request));
  }

  networkDelete(id: string): Promise<void> {
    return this.#call(() => this.#daemon.networks.remove(id));
  }

  networkConnect(id: string, request: NetworkConnectRequest): Promise<void> {
    return this.#call(() => this.#daemon.networks.connect(id, request));
  }

  networkDisconnect(id: string, request: NetworkDisconnectRequest): Promise<void> {
    return this.#call(() => this.#daemon.networks.disconnect(id, request));
  }

  networkPrune(options: NetworkFilterOptions = {}): Promise<NetworkPruneResponse> {
    return this.#call(() => this.#daemon.networks.prune(options.filters));
  }

  volumeList(options: { readonly filters?: FilterArgs } = {}): Promise<VolumeListResponse> {
    return this.#call(() => this.#daemon.volumes.list(options.filters));
  }

  volumeCreate(request: VolumeCreateRequest = {}): Promise<Volume> {
    return this.#call(() => this.#daemon.volumes.create(request));
  }

  volumeInspect(name: string): Promise<Volume> {
    return this.#call(() => this.#daemon.volumes.inspect(name));
  }

  volumeDelete(name: string, options: { readonly force?: boolean } = {}): Promise<void> {
    return this.#call(() => this.#daemon.volumes.remove(name, options.force ?? false));
  }

  volumePrune(options: { readonly filters?: FilterArgs } = {}): Promise<VolumePruneResponse> {
    return this.#call(() => this.#daemon.volumes.prune(options.filters));
  }

  systemDataUsage(): Promise<SystemDataUsage> {
    return this.#call(() => this.#daemon.dataUsage());
  }

  systemPrune(options: SystemPruneOptions = {}): Promise<SystemPruneReport> {
    return this.#call(() => this.#daemon.prune(options));
  }

  imageBuild(context: BuildContextInput, params: ImageBuildParams = {}): AsyncIterable<JsonMessage> {
    const builds = this.#daemon.builds;
    async function* messages(): AsyncGenerator<JsonMessage> {
      // Files and trees are sent as the CLI sends a directory: minus what .dockerignore excludes.
      const sent: BuildContextInput = 'tar' in context ? context : { tree: contextToSend('tree' in context ? context.tree : contextTreeOf(context), params.dockerfile) };
      yield* builds.build(sent, params).messages;
    }
    return heldIterable(this.#daemon.ctx.clock, messages());
  }

  buildPrune(_params: BuildPruneParams = {}): Promise<BuildPruneResponse> {
    return this.#call(() => this.#daemon.builds.prune());
  }
}
