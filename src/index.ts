/**
 * @module
 * dockersim: Docker, simulated in memory. This entry point is browser-safe.
 *
 * ```ts
 * import { createWorld } from 'dockersim';
 * const world = createWorld({ seed: 42 });
 * const docker = world.client();
 * console.log(await docker.systemVersion());
 * ```
 */
export { createWorld, World, type WorldOptions } from './world/world.js';
export { Host } from './world/host.js';
export { DEFAULT_HOST, type WorldState } from './world/state.js';
export { SAVE_FORMAT, type SavedWorld } from './world/save.js';
export type { DockerClient } from './client/docker-client.js';
export type { SystemApi, SystemEventsOptions } from './client/system-api.js';
export { InProcessClient, type InProcessClientOptions } from './client/in-process-client.js';
export { createHttpClient } from './client/http-client.js';
export { HttpTransport, type FetchLike, type HttpClientOptions, type RequestOptions, type QueryValue } from './client/http/transport.js';
export { kindOfStatus, errorFromResponse } from './client/http/errors.js';
export { encodeFilters, type FilterInit } from './client/http/filters.js';
export * from './client/wire/index.js';
export * from './engine-api/index.js';
export { Daemon } from './daemon/daemon.js';
export { HostContext, type HostEvent, type WorldKernel } from './daemon/context.js';
export { EVENT_LOG_LIMIT, type HostState, type DaemonSlice } from './daemon/state.js';
export type { SystemInfo, HostCounts } from './daemon/info.js';
export type { EventStreamOptions, EventFilters } from './daemon/events.js';
export { ENGINE_VERSION, API_VERSION, MIN_API_VERSION, type SystemVersion, type ComponentVersion } from './daemon/version.js';
export type { ImageApi, ImageListParams, ImagePullParams, ImagePushParams } from './client/image-api.js';
export { CredentialStore } from './client/credentials.js';
export type { ImageSummary, ImageInspect, HistoryResponseItem, DeleteResponseItem, ImagePruneResponse, JsonMessage, ImageConfig, Filters } from './image/index.js';
export type { AuthConfig, AuthResponse, RegistryOptions, TransferModel } from './registry/index.js';
export { Registry } from './registry/registry.js';
export { OverlayFs } from './fs/overlay-fs.js';
/** File trees, layers, union views, tar archives and the container filesystem (`fs/`). */
export * as fs from './fs/index.js';
/** Image reference grammar and normalization (`reference/`). */
export * as reference from './reference/index.js';
/** The classic image store and its verbs (`image/`). */
export * as images from './image/index.js';
/** Registries, Docker Hub's catalogue, pull/push/login (`registry/`). */
export * as registry from './registry/index.js';
export * from './core/index.js';
export * from './build/index.js';
export * as compose from './compose/index.js';
export type { ContainerApi } from './client/container-api.js';
export type { TerminalSize } from './container/resize.js';
export { ProgramRegistry } from './programs/registry.js';
export type { Program, ProcessContext } from './programs/types.js';
export { multiplexFrame, demultiplex, STREAM_TYPE } from './container/stdcopy.js';
export type { ContainerRecord } from './container/record.js';
export type { ContainerStatus, ContainerState, Health } from './container/state.js';
export type { ExecCreateRequest, ExecInspect } from './container/exec.js';
export type { ExecSession, ExecStartOptions } from './container/runtime/execs.js';
export type { AttachOptions, ContainerAttachment } from './container/runtime/attach.js';
export type { OutputChunk, StdinWriter } from './container/runtime/attach-hub.js';
export type { ContainerTopResponse } from './container/top.js';
export type { ContainerStatsResponse } from './container/stats.js';
export type { ContainerPathStat, ContainerArchive, PutArchiveOptions } from './container/archive.js';
export type { ContainerCommitOptions, ContainerCommitResponse } from './container/commit.js';
