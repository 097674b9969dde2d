/**
 * @module
 * Docker features dockersim does not simulate: swarm mode (nodes, services, tasks, secrets,
 * configs), managed plugins, and BuildKit's session and gRPC endpoints. They answer
 * `501 Not Implemented` with a message naming the feature, so a client learns at once why.
 */
import type { NotSupported } from '../context.js';
import type { OperationHandlers } from '../routes.js';

const SWARM: NotSupported = { notSupported: 'Swarm mode' };
const PLUGINS: NotSupported = { notSupported: 'Plugin management' };
const BUILDKIT: NotSupported = { notSupported: 'BuildKit' };

/** The operations answered "not supported". */
export const notSupportedHandlers: OperationHandlers = {
  SwarmInspect: SWARM,
  SwarmInit: SWARM,
  SwarmJoin: SWARM,
  SwarmLeave: SWARM,
  SwarmUpdate: SWARM,
  SwarmUnlockkey: SWARM,
  SwarmUnlock: SWARM,
  NodeList: SWARM,
  NodeInspect: SWARM,
  NodeDelete: SWARM,
  NodeUpdate: SWARM,
  ServiceList: SWARM,
  ServiceCreate: SWARM,
  ServiceInspect: SWARM,
  ServiceDelete: SWARM,
  ServiceUpdate: SWARM,
  ServiceLogs: SWARM,
  TaskList: SWARM,
  TaskInspect: SWARM,
  TaskLogs: SWARM,
  SecretList: SWARM,
  SecretCreate: SWARM,
  SecretInspect: SWARM,
  SecretDelete: SWARM,
  SecretUpdate: SWARM,
  ConfigList: SWARM,
  ConfigCreate: SWARM,
  ConfigInspect: SWARM,
  ConfigDelete: SWARM,
  ConfigUpdate: SWARM,
  PluginList: PLUGINS,
  GetPluginPrivileges: PLUGINS,
  PluginPull: PLUGINS,
  PluginInspect: PLUGINS,
  PluginDelete: PLUGINS,
  PluginEnable: PLUGINS,
  PluginDisable: PLUGINS,
  PluginUpgrade: PLUGINS,
  PluginCreate: PLUGINS,
  PluginPush: PLUGINS,
  PluginSet: PLUGINS,
  Session: BUILDKIT,
  Grpc: BUILDKIT,
};
