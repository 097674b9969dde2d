/**
 * @module
 * The Engine API's routes as data: every operation of the v1.50 spec, keyed by its operationId,
 * with its method and path template (test/engine-api checks this table against the spec), and
 * how dockersim serves it. Each domain keeps its handlers in one file under `operations/` and is
 * listed once in {@link HANDLERS}; an operation without a handler answers 501 "not implemented
 * yet", and docs/api-coverage.md is generated from this table.
 */
import type { NotSupported, OperationEntry, OperationHandler } from './context.js';
import { archiveHandlers } from './operations/archive.js';
import { attachHandlers } from './operations/attach.js';
import { containerHandlers } from './operations/containers.js';
import { distributionHandlers } from './operations/distribution.js';
import { execHandlers } from './operations/exec.js';
import { imageHandlers } from './operations/images.js';
import { networkHandlers, volumeHandlers } from './operations/networks.js';
import { buildHandlers } from './operations/build.js';
import { notSupportedHandlers } from './operations/not-supported.js';
import { systemHandlers } from './operations/system.js';

/** An HTTP method the daemon routes. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS';

type OperationRow = readonly [method: HttpMethod, path: string, tag: string];

/** Every operation of engine-api-v1.50.yaml, in the spec's order: method, path, tag. */
export const SPEC_OPERATIONS = {
  // Container
  ContainerList: ['GET', '/containers/json', 'Container'],
  ContainerCreate: ['POST', '/containers/create', 'Container'],
  ContainerInspect: ['GET', '/containers/{id}/json', 'Container'],
  ContainerTop: ['GET', '/containers/{id}/top', 'Container'],
  ContainerLogs: ['GET', '/containers/{id}/logs', 'Container'],
  ContainerChanges: ['GET', '/containers/{id}/changes', 'Container'],
  ContainerExport: ['GET', '/containers/{id}/export', 'Container'],
  ContainerStats: ['GET', '/containers/{id}/stats', 'Container'],
  ContainerResize: ['POST', '/containers/{id}/resize', 'Container'],
  ContainerStart: ['POST', '/containers/{id}/start', 'Container'],
  ContainerStop: ['POST', '/containers/{id}/stop', 'Container'],
  ContainerRestart: ['POST', '/containers/{id}/restart', 'Container'],
  ContainerKill: ['POST', '/containers/{id}/kill', 'Container'],
  ContainerUpdate: ['POST', '/containers/{id}/update', 'Container'],
  ContainerRename: ['POST', '/containers/{id}/rename', 'Container'],
  ContainerPause: ['POST', '/containers/{id}/pause', 'Container'],
  ContainerUnpause: ['POST', '/containers/{id}/unpause', 'Container'],
  ContainerAttach: ['POST', '/containers/{id}/attach', 'Container'],
  ContainerAttachWebsocket: ['GET', '/containers/{id}/attach/ws', 'Container'],
  ContainerWait: ['POST', '/containers/{id}/wait', 'Container'],
  ContainerDelete: ['DELETE', '/containers/{id}', 'Container'],
  ContainerArchiveInfo: ['HEAD', '/containers/{id}/archive', 'Container'],
  ContainerArchive: ['GET', '/containers/{id}/archive', 'Container'],
  PutContainerArchive: ['PUT', '/containers/{id}/archive', 'Container'],
  ContainerPrune: ['POST', '/containers/prune', 'Container'],
  // Image
  ImageList: ['GET', '/images/json', 'Image'],
  ImageBuild: ['POST', '/build', 'Image'],
  BuildPrune: ['POST', '/build/prune', 'Image'],
  ImageCreate: ['POST', '/images/create', 'Image'],
  ImageInspect: ['GET', '/images/{name}/json', 'Image'],
  ImageHistory: ['GET', '/images/{name}/history', 'Image'],
  ImagePush: ['POST', '/images/{name}/push', 'Image'],
  ImageTag: ['POST', '/images/{name}/tag', 'Image'],
  ImageDelete: ['DELETE', '/images/{name}', 'Image'],
  ImageSearch: ['GET', '/images/search', 'Image'],
  ImagePrune: ['POST', '/images/prune', 'Image'],
  // System
  SystemAuth: ['POST', '/auth', 'System'],
  SystemInfo: ['GET', '/info', 'System'],
  SystemVersion: ['GET', '/version', 'System'],
  SystemPing: ['GET', '/_ping', 'System'],
  SystemPingHead: ['HEAD', '/_ping', 'System'],
  // Image
  ImageCommit: ['POST', '/commit', 'Image'],
  // System
  SystemEvents: ['GET', '/events', 'System'],
  SystemDataUsage: ['GET', '/system/df', 'System'],
  // Image
  ImageGet: ['GET', '/images/{name}/get', 'Image'],
  ImageGetAll: ['GET', '/images/get', 'Image'],
  ImageLoad: ['POST', '/images/load', 'Image'],
  // Exec
  ContainerExec: ['POST', '/containers/{id}/exec', 'Exec'],
  ExecStart: ['POST', '/exec/{id}/start', 'Exec'],
  ExecResize: ['POST', '/exec/{id}/resize', 'Exec'],
  ExecInspect: ['GET', '/exec/{id}/json', 'Exec'],
  // Volume
  VolumeList: ['GET', '/volumes', 'Volume'],
  VolumeCreate: ['POST', '/volumes/create', 'Volume'],
  VolumeInspect: ['GET', '/volumes/{name}', 'Volume'],
  VolumeUpdate: ['PUT', '/volumes/{name}', 'Volume'],
  VolumeDelete: ['DELETE', '/volumes/{name}', 'Volume'],
  VolumePrune: ['POST', '/volumes/prune', 'Volume'],
  // Network
  NetworkList: ['GET', '/networks', 'Network'],
  NetworkInspect: ['GET', '/networks/{id}', 'Network'],
  NetworkDelete: ['DELETE', '/networks/{id}', 'Network'],
  NetworkCreate: ['POST', '/networks/create', 'Network'],
  NetworkConnect: ['POST', '/networks/{id}/connect', 'Network'],
  NetworkDisconnect: ['POST', '/networks/{id}/disconnect', 'Network'],
  NetworkPrune: ['POST', '/networks/prune', 'Network'],
  // Plugin
  PluginList: ['GET', '/plugins', 'Plugin'],
  GetPluginPrivileges: ['GET', '/plugins/privileges', 'Plugin'],
  PluginPull: ['POST', '/plugins/pull', 'Plugin'],
  PluginInspect: ['GET', '/plugins/{name}/json', 'Plugin'],
  PluginDelete: ['DELETE', '/plugins/{name}', 'Plugin'],
  PluginEnable: ['POST', '/plugins/{name}/enable', 'Plugin'],
  PluginDisable: ['POST', '/plugins/{name}/disable', 'Plugin'],
  PluginUpgrade: ['POST', '/plugins/{name}/upgrade', 'Plugin'],
  PluginCreate: ['POST', '/plugins/create', 'Plugin'],
  PluginPush: ['POST', '/plugins/{name}/push', 'Plugin'],
  PluginSet: ['POST', '/plugins/{name}/set', 'Plugin'],
  // Node
  NodeList: ['GET', '/nodes', 'Node'],
  NodeInspect: ['GET', '/nodes/{id}', 'Node'],
  NodeDelete: ['DELETE', '/nodes/{id}', 'Node'],
  NodeUpdate: ['POST', '/nodes/{id}/update', 'Node'],
  // Swarm
  SwarmInspect: ['GET', '/swarm', 'Swarm'],
  SwarmInit: ['POST', '/swarm/init', 'Swarm'],
  SwarmJoin: ['POST', '/swarm/join', 'Swarm'],
  SwarmLeave: ['POST', '/swarm/leave', 'Swarm'],
  SwarmUpdate: ['POST', '/swarm/update', 'Swarm'],
  SwarmUnlockkey: ['GET', '/swarm/unlockkey', 'Swarm'],
  SwarmUnlock: ['POST', '/swarm/unlock', 'Swarm'],
  // Service
  ServiceList: ['GET', '/services', 'Service'],
  ServiceCreate: ['POST', '/services/create', 'Service'],
  ServiceInspect: ['GET', '/services/{id}', 'Service'],
  ServiceDelete: ['DELETE', '/services/{id}', 'Service'],
  ServiceUpdate: ['POST', '/services/{id}/update', 'Service'],
  ServiceLogs: ['GET', '/services/{id}/logs', 'Service'],
  // Task
  TaskList: ['GET', '/tasks', 'Task'],
  TaskInspect: ['GET', '/tasks/{id}', 'Task'],
  TaskLogs: ['GET', '/tasks/{id}/logs', 'Task'],
  // Secret
  SecretList: ['GET', '/secrets', 'Secret'],
  SecretCreate: ['POST', '/secrets/create', 'Secret'],
  SecretInspect: ['GET', '/secrets/{id}', 'Secret'],
  SecretDelete: ['DELETE', '/secrets/{id}', 'Secret'],
  SecretUpdate: ['POST', '/secrets/{id}/update', 'Secret'],
  // Config
  ConfigList: ['GET', '/configs', 'Config'],
  ConfigCreate: ['POST', '/configs/create', 'Config'],
  ConfigInspect: ['GET', '/configs/{id}', 'Config'],
  ConfigDelete: ['DELETE', '/configs/{id}', 'Config'],
  ConfigUpdate: ['POST', '/configs/{id}/update', 'Config'],
  // Distribution
  DistributionInspect: ['GET', '/distribution/{name}/json', 'Distribution'],
  // Session
  Session: ['POST', '/session', 'Session'],
} as const satisfies Record<string, OperationRow>;

/** Routes the daemon serves beyond the spec: CORS preflight on any path, and BuildKit's gRPC endpoint. */
export const EXTRA_OPERATIONS = {
  Options: ['OPTIONS', '/{anyroute:.*}', 'System'],
  Grpc: ['POST', '/grpc', 'Session'],
} as const satisfies Record<string, OperationRow>;

/** The operationId of a routed operation. */
export type OperationId = keyof typeof SPEC_OPERATIONS | keyof typeof EXTRA_OPERATIONS;

/** How each operation is served, by domain (one spread per `operations/` file). */
export type OperationHandlers = { readonly [K in OperationId]?: OperationEntry };

/** Every domain's handlers. */
export const HANDLERS: OperationHandlers = {
  ...systemHandlers,
  ...containerHandlers,
  ...attachHandlers,
  ...archiveHandlers,
  ...execHandlers,
  ...imageHandlers,
  ...distributionHandlers,
  ...networkHandlers,
  ...volumeHandlers,
  ...buildHandlers,
  ...notSupportedHandlers,
};

/** Whether dockersim serves an operation. */
export type RouteStatus = 'implemented' | 'not-supported' | 'pending';

/** One routed operation. */
export interface Route {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template, as in the spec (`/containers/{id}/json`). */
  readonly path: string;
  readonly tag: string;
  /** Its handler, or why it has none. */
  readonly entry: OperationEntry | undefined;
  readonly status: RouteStatus;
  /** Whether the operation is in the v1.50 spec (not, e.g., the CORS preflight). */
  readonly inSpec: boolean;
}

/** True when `entry` is a deliberate "not supported". */
export function isNotSupported(entry: OperationEntry | undefined): entry is NotSupported {
  return typeof entry === 'object' && entry !== null;
}

/** Builds the route table for `handlers` (default {@link HANDLERS}). */
export function buildRoutes(handlers: OperationHandlers = HANDLERS): Route[] {
  const rows = (table: Record<string, OperationRow>, inSpec: boolean) =>
    Object.entries(table).map(([operationId, [method, path, tag]]): Route => {
      const entry = handlers[operationId as OperationId];
      const status: RouteStatus = entry === undefined ? 'pending' : isNotSupported(entry) ? 'not-supported' : 'implemented';
      return { operationId, method, path, tag, entry, status, inSpec };
    });
  return [...rows(SPEC_OPERATIONS, true), ...rows(EXTRA_OPERATIONS, false)];
}

/** The daemon's routes. */
export const ROUTES: readonly Route[] = buildRoutes();

/** A route whose entry is a handler (for tests and extensions that add their own operations). */
export function customRoute(operationId: string, method: HttpMethod, path: string, handler: OperationHandler): Route {
  return { operationId, method, path, tag: 'Custom', entry: handler, status: 'implemented', inSpec: false };
}
