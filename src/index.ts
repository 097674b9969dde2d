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
export { InProcessClient } from './client/in-process-client.js';
export { Daemon } from './daemon/daemon.js';
export { HostContext, type HostEvent, type WorldKernel } from './daemon/context.js';
export { EVENT_LOG_LIMIT, type HostState, type DaemonSlice } from './daemon/state.js';
export type { SystemInfo, HostCounts } from './daemon/info.js';
export type { EventStreamOptions, EventFilters } from './daemon/events.js';
export { ENGINE_VERSION, API_VERSION, MIN_API_VERSION, type SystemVersion, type ComponentVersion } from './daemon/version.js';
export * from './core/index.js';
/** What runs inside containers: the program contract, process tables, the shells and utilities (`programs/`). */
export * as programs from './programs/index.js';
