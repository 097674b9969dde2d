/**
 * @module
 * Network nodes of one host (`docker network ls`) and the `endpoint` edges of containers to them,
 * labelled with the address the container has there (`docker network inspect` `Containers`). A
 * stopped container keeps its network configuration but holds no address: its edges are inactive.
 */
import type { ContainerRecord } from '../container/record.js';
import { isRunning } from '../container/state.js';
import type { HostState } from '../daemon/state.js';
import { isPredefinedNetwork } from '../network/record.js';
import { containerNodeId } from './containers.js';
import { NodeMemo } from './memo.js';
import type { NetworkRecord } from '../network/record.js';
import { edgeId, type NetworkNode, type SceneEdge } from './scene.js';

const memo = new NodeMemo<NetworkRecord, NetworkNode>();

/** The node id of a host's network. */
export function networkNodeId(host: string, networkId: string): string {
  return `${host}/network/${networkId}`;
}

/** Network nodes in creation order (the predefined ones first), with every container's endpoint edges. */
export function networkNodes(host: string, state: HostState, containers: readonly ContainerRecord[]): { networks: NetworkNode[]; edges: SceneEdge[] } {
  const records = [...state.networks.values()].sort((a, b) => a.internal.seq - b.internal.seq);
  const byName = new Map(records.map((n) => [n.Name, n.Id]));
  const networks: NetworkNode[] = records.map((n) => memo.get(n, host, () => networkNode(host, n)));
  const edges: SceneEdge[] = [];
  for (const record of containers) {
    const from = containerNodeId(host, record.Id);
    const running = isRunning(record.State.Status);
    for (const [name, endpoint] of Object.entries(record.NetworkSettings.Networks)) {
      const networkId = endpoint.NetworkID || byName.get(name);
      if (!networkId || !state.networks.has(networkId)) continue;
      const to = networkNodeId(host, networkId);
      edges.push({
        id: edgeId('endpoint', from, to),
        kind: 'endpoint',
        from,
        to,
        ...(endpoint.IPAddress ? { label: endpoint.IPAddress } : {}),
        active: running && endpoint.EndpointID !== '',
      });
    }
  }
  return { networks, edges };
}

function networkNode(host: string, n: NetworkRecord): NetworkNode {
  const pool = n.internal.pools[0];
  return {
    kind: 'network',
    id: networkNodeId(host, n.Id),
    host,
    label: n.Name,
    networkId: n.Id,
    name: n.Name,
    driver: n.Driver,
    ...(pool ? { subnet: pool.subnet, gateway: pool.gateway } : {}),
    internal: n.Internal,
    predefined: isPredefinedNetwork(n.Name),
  };
}
