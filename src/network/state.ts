/**
 * @module
 * The network slice of a host's state: networks, their endpoints (one table per network, keyed by
 * container id), the IPAM pools, the embedded DNS records, published-port leases and the network
 * sandboxes of running containers — and the slice a fresh daemon starts with: the predefined
 * `bridge` (172.17.0.0/16, gateway 172.17.0.1), `host` and `none` networks.
 */
import { formatTimestamp } from '../core/time.js';
import { Table } from '../core/table.js';
import { formatIPv4, parsePrefix } from './ip.js';
import { requestAddress } from './ipam/addresses.js';
import { allocateStaticSubnet, DEFAULT_BRIDGE_SUBNET, type PoolTable } from './ipam/pools.js';
import type { EndpointRecord, NetworkRecord } from './record.js';

/** One answer of the embedded DNS: a container's address on a network. */
export interface DnsAnswer {
  readonly containerId: string;
  /** Dotted-quad IPv4 address. */
  readonly ip: string;
}

/** A host port held by a running container (`-p`), as the port allocator records it. */
export interface PortLease {
  readonly containerId: string;
  /** `tcp`, `udp` or `sctp`. */
  readonly proto: string;
  /** `0.0.0.0`, `::` or a specific address. */
  readonly hostIp: string;
  readonly hostPort: number;
  /** The container port the host port forwards to. */
  readonly containerPort: number;
}

/** How a running container's network namespace is set up. */
export type SandboxMode = 'bridge' | 'host' | 'none' | 'container';

/** The network namespace of a running container (moby's `Sandbox`). */
export interface SandboxRecord {
  readonly containerId: string;
  readonly mode: SandboxMode;
  /** For `container:<id>` mode: the container whose namespace is shared. */
  readonly sharedWith?: string;
  /** Networks joined, in join order (ids). */
  readonly networks: readonly string[];
  /** Published ports held, as keys of the port table. */
  readonly ports: readonly string[];
  /** The network whose endpoint holds the published ports (they go when it is disconnected). */
  readonly portsNetwork?: string;
  /** The container's hostname (its own /etc/hosts entry). */
  readonly hostname: string;
  /** `HostConfig.Links` (`db` or `db:alias`), resolved through /etc/hosts on the default bridge. */
  readonly links: readonly string[];
  /** `HostConfig.ExtraHosts` (`name:ip`). */
  readonly extraHosts: readonly string[];
}

/** Everything the network layer keeps for one host. */
export interface NetworkSlice {
  /** Networks by id. */
  readonly networks: Table<NetworkRecord>;
  /** Endpoints: network id → container id → endpoint. */
  readonly endpoints: Table<Table<EndpointRecord>>;
  /** The local IPv4 address space: pools by subnet. */
  readonly ipPools: PoolTable;
  /** Embedded DNS: `<network id>/<lower-case name>` → answers, in attachment order. */
  readonly dnsRecords: Table<readonly DnsAnswer[]>;
  /** Published ports: `<proto>/<host ip>/<port>` → lease. */
  readonly portLeases: Table<PortLease>;
  /** Where each ephemeral-port search resumes: `<proto>/<host ip>/<range>` → last port handed out. */
  readonly portCursors: Table<number>;
  /** Network sandboxes of running containers, by container id. */
  readonly sandboxes: Table<SandboxRecord>;
}

/** Options of the default bridge as `docker network inspect bridge` shows them. */
export const DEFAULT_BRIDGE_OPTIONS: { readonly [key: string]: string } = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
};

/** The network slice of a daemon that just started: `bridge`, `host` and `none`. */
export function initialNetworkSlice(newId: () => string, nowMs: number): NetworkSlice {
  const created = formatTimestamp(nowMs);
  const subnet = parsePrefix(DEFAULT_BRIDGE_SUBNET)!;
  let pools: PoolTable = allocateStaticSubnet(Table.empty(), subnet);
  const gateway = requestAddress(pools, DEFAULT_BRIDGE_SUBNET);
  pools = gateway.pools;
  const base = {
    Created: created,
    Scope: 'local' as const,
    EnableIPv4: true,
    EnableIPv6: false,
    Internal: false,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Labels: {},
  };
  const internal = (seq: number, withPool: boolean) => ({
    seq,
    createdMs: nowMs,
    endpointCount: 0,
    // The daemon creates the bridge with an explicit pool (from --bip or docker0), so it counts as user-configured.
    pools: withPool ? [{ subnet: DEFAULT_BRIDGE_SUBNET, gateway: formatIPv4(gateway.address), static: true }] : [],
  });
  const bridge: NetworkRecord = {
    Name: 'bridge',
    Id: newId(),
    ...base,
    Driver: 'bridge',
    IPAM: { Driver: 'default', Options: null, Config: [{ Subnet: DEFAULT_BRIDGE_SUBNET, Gateway: formatIPv4(gateway.address) }] },
    Options: DEFAULT_BRIDGE_OPTIONS,
    internal: internal(-3, true),
  };
  const special = (name: string, driver: string, seq: number): NetworkRecord => ({
    Name: name,
    Id: newId(),
    ...base,
    Driver: driver,
    IPAM: { Driver: 'default', Options: null, Config: null },
    Options: {},
    internal: internal(seq, false),
  });
  const host = special('host', 'host', -2);
  const none = special('none', 'null', -1);
  return {
    networks: Table.from([bridge, host, none].map((n) => [n.Id, n] as const)),
    endpoints: Table.empty(),
    ipPools: pools,
    dnsRecords: Table.empty(),
    portLeases: Table.empty(),
    portCursors: Table.empty(),
    sandboxes: Table.empty(),
  };
}
