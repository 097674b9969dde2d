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
export type { BuildApi, ImageBuildParams, BuildPruneParams } from './client/build-api.js';
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
export type { NetworkApi, NetworkFilterOptions } from './client/network-api.js';
export type { VolumeApi } from './client/volume-api.js';
export type { DiskApi } from './client/disk-api.js';
export type { SystemDataUsage, DiskUsageCache, DiskUsageSources } from './daemon/disk-usage.js';
export type { SystemPruneOptions, SystemPruneReport } from './daemon/system-prune.js';
export { NetworkService, type NetworkConnectRequest, type NetworkDisconnectRequest } from './network/service.js';
export type { NetworkCreateRequest, NetworkCreateResponse } from './network/create.js';
export type { NetworkPruneResponse } from './network/prune.js';
export type { NetworkRecord, NetworkInspect, EndpointResource, IPAMConfig, NetworkIPAM } from './network/record.js';
export type { EndpointSettings, EndpointConfig, EndpointIPAMConfig } from './network/endpoint-settings.js';
export type { NetworkSettings, ContainerNet, ContainerNetState, NetworkModeKind } from './network/container-net.js';
export type { NetworkSlice, SandboxRecord, SandboxMode, PortLease, DnsAnswer } from './network/state.js';
export type { PublishSpec } from './network/ports/publish.js';
export type { PoolTable, PoolData } from './network/ipam/pools.js';
export type { AddressSet, AddressNode, AddressSetInner } from './network/ipam/address-set.js';
export type { NetworkInternals, NetworkPool, EndpointRecord } from './network/record.js';
export { ContainerNetworkHook } from './network/container-hook.js';
export type { FilterArgs } from './network/filter-args.js';
export type { Dialer } from './network/http/client.js';
export type { VolumeSlice } from './volume/state.js';
export type { VolumeInternals } from './volume/record.js';
export { MountSources } from './volume/sources.js';
export type { PruneSteps } from './daemon/system-prune.js';
export type { ContainerVolumes, ContainerNetworking, LifecyclePlan, NetworkConfiguration } from './container/hooks.js';
export type { ContainerNetworkSettings, ContainerEndpoint, MountPoint } from './container/record.js';
export type { PortBinding, PortMap } from './network/ports/port-spec.js';
export { EPHEMERAL_PORTS } from './network/ports/allocator.js';
export { networkInvariantViolations } from './network/invariants.js';
export { NetStack, HOST_NAMESPACE } from './network/stack/net-stack.js';
export { EMBEDDED_DNS, EMBEDDED_DNS_TTL } from './network/stack/resolver.js';
export { httpRequest, parseHttpUrl, type HttpRequestInit } from './network/http/client.js';
export { readRequest, readResponse, writeRequest, writeResponse, StreamReader, header, bodyText, type HttpRequest, type HttpResponse, type HttpHeaders } from './network/http/codec.js';
export { VolumeService } from './volume/service.js';
export type { VolumeCreateRequest } from './volume/create.js';
export type { VolumeListResponse } from './volume/list.js';
export type { VolumePruneResponse } from './volume/prune.js';
export { ANONYMOUS_LABEL, type Volume, type VolumeRecord, type VolumeUsage } from './volume/record.js';
export type { MountRequest } from './volume/mounts/spec.js';
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
/** What runs inside containers: the program contract, process tables, the shells and utilities (`programs/`). */
export * as programs from './programs/index.js';
/** The visualization model: state → scene graph, scene diffs, live scenes (`visual/`, docs/visualizing.md). */
export * from './visual/index.js';

// The container domain's wire and option types, as the typed client's methods take and return them.
export type { ContainerConfig } from './container/config.js';
export type { HostConfig } from './container/host-config.js';
export { CONTAINER_STATUSES, type HealthStatus, type HealthcheckResult } from './container/state.js';
export type { ContainerInternals } from './container/record.js';
export type { ContainerSlice } from './container/slice.js';
export type { ContainerInspect } from './container/inspect.js';
export type { ContainerCreateRequest } from './container/create.js';
export type { ContainerCPUStats } from './container/stats.js';
export type { ContainerPruneResponse } from './container/prune.js';
export type { ContainerListOptions } from './container/list.js';
export type { ContainerWaitResponse } from './container/runtime/waiters.js';
export type { LogEntry, LogStream } from './container/log-record.js';
export type { LogReadOptions } from './container/runtime/logs.js';
export type { ContainerUpdateRequest, ContainerUpdateResponse } from './container/update.js';
export type { ExecRecord } from './container/exec.js';
export type { ContainerService, ContainerCreateOptions, ContainerCreateResponse, ContainerInspectOptions, ContainerRemoveOptions, ContainerStopOptions } from './container/service.js';
export type { ImageImportOptions } from './daemon/image-import.js';
export type { DistributionInspect } from './registry/inspect.js';
export type { ImageSearchOptions, ImageSearchResult } from './registry/search.js';
export type { ContainerFilters } from './container/filters.js';
export { LOG_CHUNK, type ContainerLog } from './container/log-record.js';
export type { RestartPolicy, LogConfig, Mount } from './container/host-config.js';
export type { ExecProcessConfig } from './container/exec.js';
export type { Empty } from './container/config.js';
export type { EndpointRequest } from './container/create.js';
export type { Filters as WireFilters } from './engine-api/filters.js';
export type { OutputChunk as WireOutputChunk } from './engine-api/streams.js';
