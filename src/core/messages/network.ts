/**
 * @module
 * Messages of networks, endpoints and published ports, worded as Docker Engine 28.2 says them
 * (moby v28.2.2 `daemon/network.go`, `daemon/container_operations.go`, `libnetwork/error.go`,
 * `libnetwork/ipamapi/contract.go`, `libnetwork/portallocator`, `runconfig/errors.go`,
 * `api/types/network/ipam.go`). Kinds follow moby's errdefs; an untyped Go error is `Internal`.
 */
import { DockerError } from '../errors.js';

/** `network <term> not found` (404, libnetwork `ErrNoSuchNetwork`). */
export const networkNotFound = (term: string): DockerError => new DockerError('NotFound', `network ${term} not found`);

/** `network <term> is ambiguous (<n> matches found based on ID prefix)` (400). */
export const networkAmbiguousPrefix = (term: string, n: number): DockerError =>
  new DockerError('InvalidParameter', `network ${term} is ambiguous (${n} matches found based on ID prefix)`);

/** `network with name <name> already exists` (409, libnetwork `NetworkNameError`). */
export const networkNameExists = (name: string): DockerError => new DockerError('Conflict', `network with name ${name} already exists`);

/** `operation is not permitted on predefined <name> network ` — with Docker's trailing space (403). */
export const predefinedNetwork = (name: string): DockerError =>
  new DockerError('Forbidden', `operation is not permitted on predefined ${name} network `);

/** `<name> is a pre-defined network and cannot be removed` (403). */
export const predefinedNetworkRemove = (name: string): DockerError =>
  new DockerError('Forbidden', `${name} is a pre-defined network and cannot be removed`);

/** `error while removing network: network <name> has active endpoints (name:"web" id:"…", …)` (403). */
export const networkHasActiveEndpoints = (name: string, endpoints: readonly { readonly name: string; readonly id: string }[]): DockerError =>
  new DockerError(
    'Forbidden',
    `error while removing network: network ${name} has active endpoints (${endpoints.map((e) => `name:"${e.name}" id:"${e.id.slice(0, 12)}"`).join(', ')})`,
  );

/** `plugin "<driver>" not found` (404): a network driver dockersim does not have. */
export const networkDriverNotFound = (driver: string): DockerError => new DockerError('NotFound', `plugin "${driver}" not found`);

/** Creating an overlay network outside swarm mode (403). */
export const notSwarmManager = (): DockerError =>
  new DockerError('Forbidden', 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');

/** Joins several errors as moby's `multierror.Join` prints them (`* a\n* b`; one error alone as is). */
export function joinErrors(errors: readonly string[]): string {
  if (errors.length === 1) return errors[0]!.trim();
  return '* ' + errors.map((e) => e.replaceAll('\n', '\n\t')).join('\n* ');
}

/** `invalid network config:\n<errors>` (400, `ValidateIPAM`). */
export const invalidNetworkConfig = (errors: readonly string[]): DockerError =>
  new DockerError('InvalidParameter', `invalid network config:\n${joinErrors(errors)}`);

/** `invalid pool request: Pool overlaps with other one on this address space` (403). */
export const poolOverlaps = (): DockerError =>
  new DockerError('Forbidden', 'invalid pool request: Pool overlaps with other one on this address space');

/** `all predefined address pools have been fully subnetted` (400): no default pool left. */
export const poolsExhausted = (): DockerError => new DockerError('InvalidParameter', 'all predefined address pools have been fully subnetted');

/** `endpoint with name <ctr> already exists in network <net>` (403): connecting twice. */
export const endpointExists = (container: string, network: string): DockerError =>
  new DockerError('Forbidden', `endpoint with name ${container} already exists in network ${network}`);

/** Disconnecting a running container from a network it is not on. */
export const notConnected = (containerId: string, network: string): DockerError =>
  new DockerError('Internal', `container ${containerId} is not connected to network ${network}`);

/** Disconnecting a stopped container from a network it is not configured for. */
export const notConnectedStopped = (containerId: string, network: string): DockerError =>
  new DockerError('Internal', `container ${containerId} is not connected to the network ${network}`);

/** Connecting or disconnecting a container that is being removed or is dead. */
export const networkRemovalInProgress = (containerId: string): DockerError =>
  new DockerError('Internal', `Container ${containerId} is marked for removal and cannot be connected or disconnected to the network`);

/** `cannot connect container to host network - container must be created in host network mode` (400). */
export const connectToHostNetwork = (): DockerError =>
  new DockerError('InvalidParameter', 'cannot connect container to host network - container must be created in host network mode');

/** `cannot disconnect container from host network - container was created in host network mode` (400). */
export const disconnectFromHostNetwork = (): DockerError =>
  new DockerError('InvalidParameter', 'cannot disconnect container from host network - container was created in host network mode');

/** A container in `container:` or host mode cannot join other networks (400). */
export const sharedNetworkConflict = (): DockerError =>
  new DockerError('InvalidParameter', 'container sharing network namespace with another container or host cannot be connected to any other network');

/** `none` cannot be combined with other networks (400). */
export const noneNetworkConflict = (): DockerError =>
  new DockerError('InvalidParameter', 'container cannot be connected to multiple networks with one of the networks in private (none) mode');

/** Texts that `invalid endpoint settings:` gathers (runconfig and `EndpointIPAMConfig`). */
export const ENDPOINT_SETTING_ERRORS = {
  ipOnPredefined: 'user specified IP address is supported on user defined networks only',
  aliasOnPredefined: 'network-scoped alias is supported only for containers in user defined networks',
  ipWithoutSubnet: 'user specified IP address is supported only when connecting to networks with user configured subnets',
  ipOutOfSubnets: (ip: string) => `no configured subnet or ip-range contain the IP address ${ip}`,
  invalidIPv4: (ip: string) => `invalid IPv4 address: ${ip}`,
  invalidIPv6: (ip: string) => `invalid IPv6 address: ${ip}`,
} as const;

/** `invalid endpoint settings:\n<errors>` (400). */
export const invalidEndpointSettings = (errors: readonly string[]): DockerError =>
  new DockerError('InvalidParameter', `invalid endpoint settings:\n${joinErrors(errors)}`);

/** `invalid MAC address <mac>` (400). */
export const invalidMacAddress = (mac: string): DockerError => new DockerError('InvalidParameter', `invalid MAC address ${mac}`);

/** `Address already in use` (403): a static `--ip` someone else holds. */
export const addressInUse = (): DockerError => new DockerError('Forbidden', 'Address already in use');

/** Every address of the network's pool is taken. */
export const noAvailableAddresses = (network: string, id: string): DockerError =>
  new DockerError('Internal', `no available IPv4 addresses on this network's address pools: ${network} (${id})`);

/** `Bind for <ip>:<port> failed: port is already allocated` (the port allocator's words). */
export const portAlreadyAllocated = (ip: string, port: number): string => `Bind for ${ip}:${port} failed: port is already allocated`;

/** `all ports are allocated`: no free port in the requested or ephemeral range. */
export const ALL_PORTS_ALLOCATED = 'all ports are allocated';

/** `driver failed programming external connectivity on endpoint <name> (<id>): <cause>` (500). */
export const externalConnectivityFailed = (endpoint: string, endpointId: string, cause: string): DockerError =>
  new DockerError('Internal', `driver failed programming external connectivity on endpoint ${endpoint} (${endpointId}): ${cause}`);

/** Wraps a networking failure of `docker start`: `failed to set up container networking: <cause>`. */
export const setupNetworkingFailed = (cause: DockerError): DockerError =>
  new DockerError(cause.kind, `failed to set up container networking: ${cause.message}`);

/** `conflicting options: port publishing and the container type network mode` (400). */
export const publishWithContainerNetwork = (): DockerError =>
  new DockerError('InvalidParameter', 'conflicting options: port publishing and the container type network mode');

/** Joining the network namespace of a container that is not running (409). */
export const joinStoppedNamespace = (name: string, status: string): DockerError =>
  new DockerError('Conflict', `cannot join network namespace of a non running container: container ${name} is ${status}`);

/** `cannot join own network namespace` (400). */
export const joinOwnNamespace = (): DockerError => new DockerError('InvalidParameter', 'cannot join own network namespace');

/** `invalid filter: 'type'='<v>'` for `network ls --filter type=…`. */
export const invalidNetworkTypeFilter = (value: string): DockerError => new DockerError('Internal', `invalid filter: 'type'='${value}'`);

/** A `dangling` filter value that is not a boolean (400). */
export const invalidDanglingFilter = (): DockerError =>
  new DockerError('InvalidParameter', `invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`);

/** More than one value for the `dangling` filter (400). */
export const multipleDanglingFilters = (): DockerError => new DockerError('InvalidParameter', 'got more than one value for filter key "dangling"');
