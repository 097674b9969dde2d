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
import type { ContainerCreateOptions, ContainerCreateResponse, ContainerRemoveOptions, ContainerStopOptions } from '../container/service.js';
import type { ContainerSummary } from '../container/summary.js';
import type { ContainerUpdateRequest, ContainerUpdateResponse } from '../container/update.js';

/** Container operations of the Engine API. */
export interface ContainerApi {
  /** `POST /containers/create` (404 `No such image` when the image is missing: pull, then retry). */
  containerCreate(request: ContainerCreateRequest, options?: ContainerCreateOptions): Promise<ContainerCreateResponse>;
  /** `GET /containers/{id}/json`. */
  containerInspect(id: string): Promise<ContainerInspect>;
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
  /** `POST /containers/prune`. */
  containerPrune(filters?: { readonly [name: string]: readonly string[] }): Promise<ContainerPruneResponse>;
}
