/**
 * @module
 * `docker network connect` and `docker network disconnect` (moby `ConnectToNetwork`,
 * `DisconnectFromNetwork`): a running container gets (or loses) an endpoint at once — address,
 * DNS names, and the published ports if no endpoint holds them yet — while a stopped container
 * only has its configuration changed, and joins for real on its next start. Every refusal is
 * Docker's: `endpoint with name … already exists in network …`, `container … is not connected to
 * network …`, the host/none/shared-namespace conflicts.
 */
import type { EventSpec } from '../core/events.js';
import {
  connectToHostNetwork,
  disconnectFromHostNetwork,
  noneNetworkConflict,
  notConnected,
  notConnectedStopped,
  networkRemovalInProgress,
  sharedNetworkConflict,
} from '../core/messages/network.js';
import { networkModeKind, type ContainerNet } from './container-net.js';
import { attachEndpoint, detachEndpoint } from './endpoint.js';
import { configuredSettings, validateEndpointSettings, type EndpointConfig, type EndpointSettings } from './endpoint-settings.js';
import { findNetwork, lookupNetwork } from './lookup.js';
import { leaseKey, type PortBusy } from './ports/allocator.js';
import { portMap, publishPorts, releasePorts } from './ports/publish.js';
import type { PortMap } from './ports/port-spec.js';
import type { NetworkRecord } from './record.js';
import { configuredDNSNames, configuredNetwork, networkEvent, type NetworkEntropy } from './sandbox.js';
import type { NetworkSlice } from './state.js';

/** A container about to be connected or disconnected. */
export interface ConnectTarget extends ContainerNet {
  /** The container is running (has a network namespace). */
  readonly running: boolean;
  /** The container is being removed or is dead. */
  readonly removing: boolean;
}

/** What connecting or disconnecting changes. */
export interface ConnectResult {
  readonly slice: NetworkSlice;
  /** The container's `NetworkSettings.Networks` after the operation. */
  readonly networks: { readonly [name: string]: EndpointSettings };
  /** The container's new `NetworkSettings.Ports`, when they changed. */
  readonly ports?: PortMap;
  readonly events: readonly EventSpec[];
}

/** moby `updateNetworkSettings`: the conflicts between the new network and those configured; true when already configured. */
function checkCombination(slice: NetworkSlice, c: ContainerNet, network: NetworkRecord): boolean {
  if (networkModeKind(c.networkMode) !== 'host' && network.Driver === 'host') throw connectToHostNetwork();
  for (const [name, settings] of Object.entries(c.networks)) {
    const existing = configuredNetwork(slice, name, settings);
    if (!existing) continue;
    if (existing.Name === network.Name) return true;
    if (existing.Driver === 'host' || network.Driver === 'host') throw sharedNetworkConflict();
    if (existing.Name === 'none' || network.Name === 'none') throw noneNetworkConflict();
  }
  return false;
}

/** Connects a container to the network `term` names. */
export function connectContainer(slice: NetworkSlice, c: ConnectTarget, term: string, config: EndpointConfig | null | undefined, entropy: NetworkEntropy, busy?: PortBusy): ConnectResult {
  const cfg: EndpointConfig = config ?? {};
  if (!c.running) {
    if (c.removing) throw networkRemovalInProgress(c.id);
    let network: NetworkRecord | undefined;
    try {
      network = lookupNetwork(slice, term);
    } catch {
      network = undefined;
    }
    if (!network) return { slice, networks: { ...c.networks, [term]: configuredSettings(cfg) }, events: [] };
    const withNames: EndpointConfig = { ...cfg, DNSNames: configuredDNSNames(network, c, cfg.Aliases) };
    validateEndpointSettings(network, network.Name, withNames);
    if (checkCombination(slice, c, network)) return { slice, networks: c.networks, events: [] };
    return { slice, networks: { ...c.networks, [network.Name]: configuredSettings(withNames) }, events: [] };
  }
  if (networkModeKind(c.networkMode) === 'container') throw sharedNetworkConflict();
  const network = findNetwork(slice, term);
  validateEndpointSettings(network, network.Name, cfg);
  checkCombination(slice, c, network);
  const attached = attachEndpoint(slice, network, c, cfg, { endpointId: entropy.newId(), macBytes: entropy.bytes(6), seq: entropy.nextSeq() });
  let next = attached.slice;
  const sandbox = next.sandboxes.get(c.id);
  let ports: PortMap | undefined;
  let sandboxPorts: Partial<{ ports: readonly string[]; portsNetwork: string }> = {};
  if (sandbox && sandbox.portsNetwork === undefined && network.Driver === 'bridge' && !network.Internal) {
    const published = publishPorts(next, c.id, c.publish, { name: c.name, endpointId: attached.endpoint.EndpointID, containerIp: attached.settings.IPAddress }, busy);
    next = { ...next, portLeases: published.portLeases, portCursors: published.portCursors };
    ports = portMap(c.publish.exposed, published.leases);
    sandboxPorts = { ports: published.leases.map((l) => leaseKey(l.proto, l.hostIp, l.hostPort)), portsNetwork: network.Id };
  }
  if (sandbox) next = { ...next, sandboxes: next.sandboxes.set(c.id, { ...sandbox, networks: [...sandbox.networks, network.Id], ...sandboxPorts }) };
  return {
    slice: next,
    networks: { ...c.networks, [network.Name]: attached.settings },
    ...(ports ? { ports } : {}),
    events: [networkEvent('connect', network, c.id)],
  };
}

/** Disconnects a container from the network `term` names (`force` tolerates a missing network). */
export function disconnectContainer(slice: NetworkSlice, c: ConnectTarget, term: string, force: boolean): ConnectResult {
  let network: NetworkRecord | undefined;
  let lookupError: unknown;
  try {
    network = findNetwork(slice, term);
  } catch (err) {
    lookupError = err;
  }
  if (!c.running || (lookupError !== undefined && force)) {
    if (c.removing) throw networkRemovalInProgress(c.id);
    const name = network?.Name ?? term;
    if (!(name in c.networks)) throw notConnectedStopped(c.id, name);
    const { [name]: _gone, ...rest } = c.networks;
    return { slice, networks: rest, events: [] };
  }
  if (!network) throw lookupError;
  if (networkModeKind(c.networkMode) === 'host' && network.Driver === 'host') throw disconnectFromHostNetwork();
  if (!slice.endpoints.get(network.Id)?.has(c.id)) throw notConnected(c.id, network.Name);
  let next = detachEndpoint(slice, network.Id, c.id);
  const sandbox = next.sandboxes.get(c.id);
  let ports: PortMap | undefined;
  if (sandbox) {
    let updated = { ...sandbox, networks: sandbox.networks.filter((id) => id !== network.Id) };
    if (sandbox.portsNetwork === network.Id) {
      next = { ...next, ...releasePorts(next, sandbox.ports) };
      const { portsNetwork: _p, ...withoutPorts } = updated;
      updated = { ...withoutPorts, ports: [] };
      ports = {};
    }
    next = { ...next, sandboxes: next.sandboxes.set(c.id, updated) };
  }
  const { [network.Name]: _gone, ...rest } = c.networks;
  return { slice: next, networks: rest, ...(ports ? { ports } : {}), events: [networkEvent('disconnect', network, c.id)] };
}
