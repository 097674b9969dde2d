/**
 * @module
 * A container's network namespace over its life (moby `initializeNetworking`, `allocateNetwork`,
 * `releaseNetwork`): on start, an endpoint on every configured network — addresses, DNS names,
 * and the published ports on the first external bridge endpoint — or the host's stack (`host`), a
 * loopback-only one (`none`), or another container's (`container:<id>`); on stop, all of it given
 * back (addresses and ports become free again). Failures read as Docker's: `failed to set up
 * container networking: …`, and leave the network state as it was.
 */
import { DockerError } from '../core/errors.js';
import type { EventSpec } from '../core/events.js';
import { networkNotFound, setupNetworkingFailed } from '../core/messages/network.js';
import { networkModeKind, type ContainerNet, type ContainerNetState } from './container-net.js';
import { attachEndpoint, detachEndpoint } from './endpoint.js';
import { endpointDNSNames, isUserDefined, validateEndpointSettings, withoutOperationalData, type EndpointSettings } from './endpoint-settings.js';
import { lookupNetwork } from './lookup.js';
import { leaseKey, type PortBusy } from './ports/allocator.js';
import { portMap, publishPorts, releasePorts } from './ports/publish.js';
import type { NetworkRecord } from './record.js';
import type { NetworkSlice, PortLease, SandboxRecord } from './state.js';

/** Fresh ids, bytes and order numbers, drawn from the world (the daemon's context). */
export interface NetworkEntropy {
  newId(): string;
  bytes(n: number): Uint8Array;
  nextSeq(): number;
}

/** The result of a network operation on a container. */
export interface ContainerNetChange {
  readonly slice: NetworkSlice;
  /** The container's new network state (its `NetworkSettings` fields). */
  readonly state: ContainerNetState;
  readonly events: readonly EventSpec[];
}

/** A `network connect`/`disconnect` event for a container (moby `LogNetworkEventWithAttributes`). */
export function networkEvent(action: 'connect' | 'disconnect', network: NetworkRecord, containerId: string): EventSpec {
  return { Type: 'network', Action: action, id: network.Id, attributes: { container: containerId, name: network.Name, type: network.Driver } };
}

/** `/var/run/docker/netns/<12 hex>`. */
export function sandboxKey(sandboxId: string): string {
  return `/var/run/docker/netns/${sandboxId.slice(0, 12)}`;
}

/** The network a configured entry refers to: its `NetworkID` on user networks, else its name (`getNetworkID`). */
export function configuredNetwork(slice: NetworkSlice, name: string, settings: EndpointSettings | undefined): NetworkRecord | undefined {
  const key = name === 'default' ? 'bridge' : name;
  if (isUserDefined(key) && settings?.NetworkID) {
    const byId = slice.networks.get(settings.NetworkID);
    if (byId) return byId;
  }
  return lookupNetwork(slice, key);
}

/** The network namespace a container starts with; `busy` tells ports something else on the host holds. */
export function startNetworking(slice: NetworkSlice, c: ContainerNet, entropy: NetworkEntropy, options: { readonly sharedWith?: string; readonly busy?: PortBusy } = {}): ContainerNetChange {
  const kind = networkModeKind(c.networkMode);
  const sandboxId = entropy.newId();
  const base: SandboxRecord = { containerId: c.id, mode: kind === 'user' ? 'bridge' : kind, networks: [], ports: [], hostname: c.hostname, links: c.links, extraHosts: c.extraHosts };
  if (kind === 'container') {
    const sandbox: SandboxRecord = { ...base, ...(options.sharedWith ? { sharedWith: options.sharedWith } : {}) };
    return { slice: { ...slice, sandboxes: slice.sandboxes.set(c.id, sandbox) }, state: { Networks: {}, Ports: {}, SandboxID: '', SandboxKey: '' }, events: [] };
  }
  let next = slice;
  const networks: { [name: string]: EndpointSettings } = {};
  const joined: string[] = [];
  const events: EventSpec[] = [];
  let leases: readonly PortLease[] = [];
  let portsNetwork: string | undefined;
  try {
    const configured = Object.keys(c.networks).length > 0 ? c.networks : { [kind === 'user' ? c.networkMode : kind]: undefined };
    for (const [name, settings] of Object.entries(configured)) {
      const network = configuredNetwork(next, name, settings);
      if (!network) throw networkNotFound(name);
      const config = settings ? withoutOperationalData(settings) : undefined;
      validateEndpointSettings(network, network.Name, config);
      const attached = attachEndpoint(next, network, c, config, { endpointId: entropy.newId(), macBytes: entropy.bytes(6), seq: entropy.nextSeq() });
      next = attached.slice;
      networks[network.Name] = attached.settings;
      joined.push(network.Id);
      events.push(networkEvent('connect', network, c.id));
      if (portsNetwork === undefined && network.Driver === 'bridge' && !network.Internal) {
        const published = publishPorts(next, c.id, c.publish, { name: c.name, endpointId: attached.endpoint.EndpointID, containerIp: attached.settings.IPAddress }, options.busy);
        next = { ...next, portLeases: published.portLeases, portCursors: published.portCursors };
        leases = published.leases;
        portsNetwork = network.Id;
      }
    }
  } catch (err) {
    if (err instanceof DockerError) throw setupNetworkingFailed(err);
    throw err;
  }
  const sandbox: SandboxRecord = {
    ...base,
    networks: joined,
    ports: leases.map((l) => leaseKey(l.proto, l.hostIp, l.hostPort)),
    ...(portsNetwork ? { portsNetwork } : {}),
  };
  const ports = portsNetwork ? portMap(c.publish.exposed, leases) : {};
  return {
    slice: { ...next, sandboxes: next.sandboxes.set(c.id, sandbox) },
    state: { Networks: networks, Ports: ports, SandboxID: sandboxId, SandboxKey: sandboxKey(sandboxId) },
    events,
  };
}

/** Gives back everything a stopping container held; `networks` are its configured settings, kept without operational data. */
export function stopNetworking(slice: NetworkSlice, c: Pick<ContainerNet, 'id' | 'networks'>): ContainerNetChange {
  const sandbox = slice.sandboxes.get(c.id);
  const events: EventSpec[] = [];
  let next = slice;
  if (sandbox) {
    for (const networkId of sandbox.networks) {
      const network = next.networks.get(networkId);
      next = detachEndpoint(next, networkId, c.id);
      if (network) events.push(networkEvent('disconnect', network, c.id));
    }
    next = { ...next, ...releasePorts(next, sandbox.ports), sandboxes: next.sandboxes.delete(c.id) };
  }
  const networks = Object.fromEntries(Object.entries(c.networks).map(([name, s]) => [name, withoutOperationalData(s)]));
  return { slice: next, state: { Networks: networks, Ports: {}, SandboxID: '', SandboxKey: '' }, events };
}

/** DNS names a configured endpoint will get on `network` (for a stopped container's settings). */
export function configuredDNSNames(network: NetworkRecord, c: Pick<ContainerNet, 'id' | 'name' | 'hostname'>, aliases: readonly string[] | null | undefined): readonly string[] | null {
  return isUserDefined(network.Name) ? endpointDNSNames(c, aliases) : null;
}
