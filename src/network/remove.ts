/**
 * @module
 * `docker network rm` (`DELETE /networks/{id}`): predefined networks cannot go, a network with
 * active endpoints (running containers) cannot go — stopped containers do not hold it — and a
 * removed network gives its subnet and gateway back to the IPAM.
 */
import { networkHasActiveEndpoints, predefinedNetworkRemove } from '../core/messages/network.js';
import { parseIPv4 } from './ip.js';
import { releaseAddress } from './ipam/addresses.js';
import { releaseSubnet } from './ipam/pools.js';
import { isPredefinedNetwork, type EndpointRecord, type NetworkRecord } from './record.js';
import type { NetworkSlice } from './state.js';

/** The endpoints of a network, oldest first. */
export function networkEndpoints(state: Pick<NetworkSlice, 'endpoints'>, networkId: string): EndpointRecord[] {
  const table = state.endpoints.get(networkId);
  return table ? [...table.values()].sort((a, b) => a.seq - b.seq) : [];
}

/** The slice without `network`; throws when Docker would refuse. */
export function removeNetwork(state: NetworkSlice, network: NetworkRecord): NetworkSlice {
  if (isPredefinedNetwork(network.Name)) throw predefinedNetworkRemove(network.Name);
  const active = networkEndpoints(state, network.Id);
  if (active.length > 0) throw networkHasActiveEndpoints(network.Name, active.map((ep) => ({ name: ep.Name, id: ep.EndpointID })));
  let pools = state.ipPools;
  for (const pool of network.internal.pools) {
    pools = releaseAddress(pools, pool.subnet, parseIPv4(pool.gateway)!);
    pools = releaseSubnet(pools, pool.subnet, pool.range);
  }
  return { ...state, networks: state.networks.delete(network.Id), endpoints: state.endpoints.delete(network.Id), ipPools: pools };
}
