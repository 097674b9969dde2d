/**
 * @module
 * The container part of {@link DockerClient}: the Engine API's container operations, named after
 * their operationIds (`ContainerCreate` → `containerCreate`), with the Engine API's wire shapes.
 */
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

/** Container operations of the Engine API. */
export interface ContainerApi {
  /** `POST /containers/create` (404 `No such image` when the image is missing: pull, then retry). */
  containerCreate(request: ContainerCreateRequest, options?: ContainerCreateOptions): Promise<ContainerCreateResponse>;
  /** `GET /containers/{id}/json` (`size`: with `SizeRw` and `SizeRootFs`). */
  containerInspect(id: string, options?: ContainerInspectOptions): Promise<ContainerInspect>;
  /** `GET /containers/json`. */
  containerList(options?: ContainerListOptions): Promise<ContainerSummary[]>;
  /** `POST /containers/{id}/start`; rejects with a NotModified error when already running. */
  containerStart(id: string): Promise<void>;
  /** `POST /containers/{id}/stop`; resolves once the container has exited (virtual time moves). */
  containerStop(id: string, options?: ContainerStopOptions): Promise<void>;
  /** `POST /containers/{id}/kill` (`signal` default SIGKILL). */
  containerKill(id: string, signal?: string): Promise<void>;
  /** `POST /containers/{id}/pause`. */
  containerPause(id: string): Promise<void>;
  /** `POST /containers/{id}/unpause`. */
  containerUnpause(id: string): Promise<void>;
  /** `POST /containers/{id}/restart`. */
  containerRestart(id: string, options?: ContainerStopOptions): Promise<void>;
  /** `DELETE /containers/{id}`. */
  containerDelete(id: string, options?: ContainerRemoveOptions): Promise<void>;
  /** `POST /containers/{id}/rename`. */
  containerRename(id: string, name: string): Promise<void>;
  /** `POST /containers/{id}/update`. */
  containerUpdate(id: string, update: ContainerUpdateRequest): Promise<ContainerUpdateResponse>;
  /**
   * `POST /containers/{id}/wait` (`not-running`, `next-exit`, `removed`). The wait is registered
   * when the method is called, so `wait` then `start` sees the exit, as `docker run` relies on.
   */
  containerWait(id: string, condition?: string): Promise<ContainerWaitResponse>;
  /** `GET /containers/{id}/logs`: log lines (with `follow`, until the container stops). */
  containerLogs(id: string, options?: LogReadOptions): AsyncIterable<LogEntry>;
  /** `POST /containers/{id}/exec`: a new exec instance (409 unless the container runs). */
  containerExec(id: string, request: ExecCreateRequest): Promise<{ readonly Id: string }>;
  /** `POST /exec/{id}/start`: the exec's output, stdin and exit code. */
  execStart(id: string, options?: ExecStartOptions): Promise<ExecSession>;
  /** `POST /exec/{id}/resize?h=&w=`: the exec's TTY size. */
  execResize(id: string, size: TerminalSize): Promise<void>;
  /** `GET /exec/{id}/json`. */
  execInspect(id: string): Promise<ExecInspect>;
  /**
   * `POST /containers/{id}/attach`: output chunks (frame them with `multiplexFrame` unless `tty`)
   * and, with `stdin` on an `OpenStdin` container, a writer. Attach before start to see everything.
   */
  containerAttach(id: string, options?: AttachOptions): Promise<ContainerAttachment>;
  /** `POST /containers/{id}/resize?h=&w=`: the container's TTY size (it must be running). */
  containerResize(id: string, size: TerminalSize): Promise<void>;
  /** `GET /containers/{id}/top`. */
  containerTop(id: string, psArgs?: string): Promise<ContainerTopResponse>;
  /** `GET /containers/{id}/stats`: one sample per virtual second (`stream: false`: one). */
  containerStats(id: string, options?: { readonly stream?: boolean }): AsyncIterable<ContainerStatsResponse>;
  /** `GET /containers/{id}/changes` (`docker diff`). */
  containerChanges(id: string): Promise<FilesystemChange[]>;
  /** `HEAD /containers/{id}/archive`: the `X-Docker-Container-Path-Stat` of a path. */
  containerArchiveInfo(id: string, path: string): Promise<ContainerPathStat>;
  /** `GET /containers/{id}/archive`: a tar of the path and its stat. */
  containerArchive(id: string, path: string): Promise<ContainerArchive>;
  /** `PUT /containers/{id}/archive`: extracts a tar into a directory of the container. */
  putContainerArchive(id: string, path: string, tar: Uint8Array, options?: PutArchiveOptions): Promise<void>;
  /** `GET /containers/{id}/export`: the container's filesystem as a tar. */
  containerExport(id: string): Promise<Uint8Array>;
  /** `POST /commit`: an image from the container. */
  imageCommit(container: string, options?: ContainerCommitOptions): Promise<ContainerCommitResponse>;
  /** `POST /containers/prune`. */
  containerPrune(filters?: { readonly [name: string]: readonly string[] }): Promise<ContainerPruneResponse>;
}
