/**
 * @module
 * Creating and deleting one container's endpoint on one network (libnetwork `CreateEndpoint` +
 * `Join`, `Leave` + `Delete`): an address from the network's pool (a static `--ip`, or the lowest
 * free one), a MAC address, the embedded-DNS records of user-defined networks, and the settings
 * `docker inspect` shows. Each step is a pure function from one network slice to the next.
 */
import { endpointExists, noAvailableAddresses } from '../core/messages/network.js';
import { Table } from '../core/table.js';
import { contains, formatIPv4, parseIPv4, parsePrefix, randomMac } from './ip.js';
import { NoAddressAvailable, releaseAddress, requestAddress } from './ipam/addresses.js';
import { configuredSettings, endpointDNSNames, isUserDefined, type EndpointConfig, type EndpointSettings } from './endpoint-settings.js';
import type { EndpointRecord, NetworkRecord } from './record.js';
import type { DnsAnswer, NetworkSlice } from './state.js';

/** The container facts an endpoint is made of. */
export interface EndpointOwner {
  readonly id: string;
  /** Name without the leading slash. */
  readonly name: string;
  readonly hostname: string;
}

/** Fresh values an endpoint needs (drawn by the caller from the world's random source). */
export interface EndpointSeed {
  readonly endpointId: string;
  /** At least 6 random bytes for the MAC address. */
  readonly macBytes: Uint8Array;
  readonly seq: number;
}

/** The key of a DNS record. */
export function dnsKey(networkId: string, name: string): string {
  return `${networkId}/${name.toLowerCase()}`;
}

/** Adds (or removes) one container's answers for `names` on a network. */
function writeDns(records: Table<readonly DnsAnswer[]>, networkId: string, names: readonly string[], answer: DnsAnswer, add: boolean): Table<readonly DnsAnswer[]> {
  for (const name of names) {
    const key = dnsKey(networkId, name);
    const current = (records.get(key) ?? []).filter((a) => a.containerId !== answer.containerId);
    const next = add ? [...current, answer] : current;
    records = next.length > 0 ? records.set(key, next) : records.delete(key);
  }
  return records;
}

/** Takes an address for an endpoint: the static one, else the lowest free one of the first pool with room. */
function allocateAddress(slice: NetworkSlice, network: NetworkRecord, preferred: string | undefined): { pools: NetworkSlice['ipPools']; ip: number; subnet?: string } {
  const pools = network.internal.pools;
  if (pools.length === 0) return { pools: slice.ipPools, ip: -1 };
  const want = preferred ? parseIPv4(preferred) : undefined;
  for (const pool of pools) {
    if (want !== undefined && !contains(parsePrefix(pool.subnet)!, want)) continue;
    try {
      const got = requestAddress(slice.ipPools, pool.subnet, want !== undefined ? { preferred: want } : pool.range ? { range: pool.range } : {});
      return { pools: got.pools, ip: got.address, subnet: pool.subnet };
    } catch (err) {
      if (!(err instanceof NoAddressAvailable) || want !== undefined) throw err;
    }
  }
  throw noAvailableAddresses(network.Name, network.Id);
}

/** The network record with its endpoint count moved by `delta` (plain spreads: cheaper than a draft). */
function countEndpoints(network: NetworkRecord, delta: number): NetworkRecord {
  return { ...network, internal: { ...network.internal, endpointCount: Math.max(0, network.internal.endpointCount + delta) } };
}

/** The result of attaching an endpoint. */
export interface Attached {
  readonly slice: NetworkSlice;
  readonly endpoint: EndpointRecord;
  /** What the container's `NetworkSettings.Networks.<name>` becomes. */
  readonly settings: EndpointSettings;
}

/** Attaches `owner` to `network`; throws Docker's error (nothing changes) when it cannot. */
export function attachEndpoint(slice: NetworkSlice, network: NetworkRecord, owner: EndpointOwner, config: EndpointConfig | null | undefined, seed: EndpointSeed): Attached {
  const table = slice.endpoints.get(network.Id) ?? Table.empty<EndpointRecord>();
  // Endpoints are named after their container and names are unique: the id finds a duplicate in O(1).
  if (table.has(owner.id)) throw endpointExists(owner.name, network.Name);
  const { pools, ip, subnet } = allocateAddress(slice, network, config?.IPAMConfig?.IPv4Address || undefined);
  const pool = network.internal.pools.find((p) => p.subnet === subnet);
  const bits = subnet ? parsePrefix(subnet)!.bits : 0;
  const mac = network.Driver === 'bridge' ? config?.MacAddress || randomMac(seed.macBytes) : '';
  const dnsNames = isUserDefined(network.Name) ? endpointDNSNames(owner, config?.Aliases) : [];
  const endpoint: EndpointRecord = {
    Name: owner.name,
    EndpointID: seed.endpointId,
    MacAddress: mac,
    IPv4Address: ip >= 0 ? `${formatIPv4(ip)}/${bits}` : '',
    IPv6Address: '',
    containerId: owner.id,
    networkId: network.Id,
    ip,
    ...(subnet ? { subnet } : {}),
    dnsNames,
    aliases: config?.Aliases ?? [],
    links: config?.Links ?? [],
    seq: seed.seq,
  };
  const settings: EndpointSettings = {
    ...configuredSettings(config, network.Id),
    MacAddress: mac,
    EndpointID: seed.endpointId,
    Gateway: pool?.gateway ?? '',
    IPAddress: ip >= 0 ? formatIPv4(ip) : '',
    IPPrefixLen: ip >= 0 ? bits : 0,
    DNSNames: dnsNames.length > 0 ? dnsNames : null,
  };
  const dnsRecords = ip >= 0 ? writeDns(slice.dnsRecords, network.Id, dnsNames, { containerId: owner.id, ip: formatIPv4(ip) }, true) : slice.dnsRecords;
  const networks = slice.networks.set(network.Id, countEndpoints(network, 1));
  return {
    slice: { ...slice, networks, ipPools: pools, dnsRecords, endpoints: slice.endpoints.set(network.Id, table.set(owner.id, endpoint)) },
    endpoint,
    settings,
  };
}

/** Detaches a container from a network, releasing its address and DNS records (no-op when not attached). */
export function detachEndpoint(slice: NetworkSlice, networkId: string, containerId: string): NetworkSlice {
  const table = slice.endpoints.get(networkId);
  const endpoint = table?.get(containerId);
  if (!table || !endpoint) return slice;
  const rest = table.delete(containerId);
  const ipPools = endpoint.subnet ? releaseAddress(slice.ipPools, endpoint.subnet, endpoint.ip) : slice.ipPools;
  const dnsRecords = writeDns(slice.dnsRecords, networkId, endpoint.dnsNames, { containerId, ip: '' }, false);
  const network = slice.networks.get(networkId);
  const networks = network ? slice.networks.set(networkId, countEndpoints(network, -1)) : slice.networks;
  return { ...slice, networks, ipPools, dnsRecords, endpoints: rest.size > 0 ? slice.endpoints.set(networkId, rest) : slice.endpoints.delete(networkId) };
}

/**
 * Renames a running container's endpoints (moby `ContainerRename`: `sb.Rename` and
 * `UpdateDNSNames`): the endpoint name and, on user-defined networks, its DNS names. Returns the
 * new slice and the DNS names per network id.
 */
export function renameEndpoints(slice: NetworkSlice, owner: EndpointOwner, networkIds: readonly string[]): { readonly slice: NetworkSlice; readonly dnsNames: ReadonlyMap<string, readonly string[]> } {
  let endpoints = slice.endpoints;
  let dnsRecords = slice.dnsRecords;
  const names = new Map<string, readonly string[]>();
  for (const networkId of networkIds) {
    const table = endpoints.get(networkId);
    const ep = table?.get(owner.id);
    const network = slice.networks.get(networkId);
    if (!table || !ep || !network) continue;
    const dnsNames = isUserDefined(network.Name) ? endpointDNSNames(owner, ep.aliases) : [];
    if (ep.ip >= 0) {
      dnsRecords = writeDns(dnsRecords, networkId, ep.dnsNames, { containerId: owner.id, ip: '' }, false);
      dnsRecords = writeDns(dnsRecords, networkId, dnsNames, { containerId: owner.id, ip: formatIPv4(ep.ip) }, true);
    }
    endpoints = endpoints.set(networkId, table.set(owner.id, { ...ep, Name: owner.name, dnsNames }));
    names.set(networkId, dnsNames);
  }
  return { slice: { ...slice, endpoints, dnsRecords }, dnsNames: names };
}
