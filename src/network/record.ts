/**
 * @module
 * What a network is, as the daemon stores it: the Engine API `Network` object (`docker network
 * inspect`) without its `Containers` map — endpoints live in their own table, so connecting the
 * 5,000th container costs what connecting the first does — plus the daemon's bookkeeping. And the
 * endpoint of one container on one network, in the `EndpointResource` shape plus what the daemon
 * needs to release it and to answer DNS.
 */

/** One `IPAM.Config` entry (`Subnet`, `IPRange`, `Gateway`; empty fields omitted as Docker does). */
export interface IPAMConfig {
  readonly Subnet?: string;
  readonly IPRange?: string;
  readonly Gateway?: string;
  readonly AuxiliaryAddresses?: { readonly [name: string]: string };
}

/** A network's `IPAM` section. */
export interface NetworkIPAM {
  readonly Driver: string;
  readonly Options: { readonly [key: string]: string } | null;
  readonly Config: readonly IPAMConfig[] | null;
}

/** One subnet a network holds in the host's address space. */
export interface NetworkPool {
  /** The subnet (`172.18.0.0/16`), key of the pool table. */
  readonly subnet: string;
  /** The `--ip-range` addresses are taken from, if any. */
  readonly range?: string;
  /** The gateway address (`172.18.0.1`). */
  readonly gateway: string;
  /** True when the user gave the subnet (only then may endpoints ask for a static `--ip`). */
  readonly static: boolean;
}

/** The daemon's bookkeeping beside the wire fields. */
export interface NetworkInternals {
  /** Host-wide creation counter: lists are in creation order. */
  readonly seq: number;
  /** Creation time, virtual epoch ms (for `until` filters). */
  readonly createdMs: number;
  /** The IPv4 pools of the network (none for `host` and `none`). */
  readonly pools: readonly NetworkPool[];
  /** Number of endpoints (running containers) attached. */
  readonly endpointCount: number;
}

/** A network as the daemon stores it (Engine API `Network` without `Containers`). */
export interface NetworkRecord {
  readonly Name: string;
  readonly Id: string;
  /** RFC 3339 creation time. */
  readonly Created: string;
  readonly Scope: 'local';
  /** `bridge`, `host` or `null` (the `none` network). */
  readonly Driver: string;
  readonly EnableIPv4: boolean;
  readonly EnableIPv6: boolean;
  readonly IPAM: NetworkIPAM;
  readonly Internal: boolean;
  readonly Attachable: boolean;
  readonly Ingress: boolean;
  readonly ConfigFrom: { readonly Network: string };
  readonly ConfigOnly: boolean;
  readonly Options: { readonly [key: string]: string };
  readonly Labels: { readonly [key: string]: string };
  /** Internal fields (not on the wire). */
  readonly internal: NetworkInternals;
}

/** One entry of a network's `Containers` map (Engine API `NetworkContainer`). */
export interface EndpointResource {
  readonly Name: string;
  readonly EndpointID: string;
  readonly MacAddress: string;
  /** `172.18.0.2/16`. */
  readonly IPv4Address: string;
  readonly IPv6Address: string;
}

/** A network as `docker network inspect` shows it. */
export type NetworkInspect = Omit<NetworkRecord, 'internal'> & {
  readonly Containers: { readonly [containerId: string]: EndpointResource };
};

/** A container's endpoint on a network. */
export interface EndpointRecord extends EndpointResource {
  /** The container (the key of the network's endpoint table). */
  readonly containerId: string;
  readonly networkId: string;
  /** The IPv4 address as a number; -1 on networks without addresses (`host`, `none`). */
  readonly ip: number;
  /** The subnet the address came from (its pool), if any. */
  readonly subnet?: string;
  /** The names the embedded DNS answers for this endpoint (user-defined networks only). */
  readonly dnsNames: readonly string[];
  /** `--network-alias` names of this endpoint. */
  readonly aliases: readonly string[];
  /** Network-scoped links (`--link db:alias` on a user network): names only this container resolves. */
  readonly links: readonly string[];
  /** Host-wide order of attachment. */
  readonly seq: number;
}

/** The names of the networks every daemon has and no one may create or remove. */
export const PREDEFINED_NETWORKS = ['bridge', 'host', 'none'] as const;

/** True for `bridge`, `host`, `none` (moby `network.IsPredefined`; `default` is the bridge's alias). */
export function isPredefinedNetwork(name: string): boolean {
  return name === 'default' || (PREDEFINED_NETWORKS as readonly string[]).includes(name);
}

/** The wire object of a record with its attached endpoints, fields in Docker's order. */
export function networkInspect(record: NetworkRecord, endpoints: Iterable<EndpointRecord>): NetworkInspect {
  const Containers: { [id: string]: EndpointResource } = {};
  for (const ep of endpoints) {
    Containers[ep.containerId] = { Name: ep.Name, EndpointID: ep.EndpointID, MacAddress: ep.MacAddress, IPv4Address: ep.IPv4Address, IPv6Address: ep.IPv6Address };
  }
  const r = record;
  return {
    Name: r.Name,
    Id: r.Id,
    Created: r.Created,
    Scope: r.Scope,
    Driver: r.Driver,
    EnableIPv4: r.EnableIPv4,
    EnableIPv6: r.EnableIPv6,
    IPAM: r.IPAM,
    Internal: r.Internal,
    Attachable: r.Attachable,
    Ingress: r.Ingress,
    ConfigFrom: r.ConfigFrom,
    ConfigOnly: r.ConfigOnly,
    Containers,
    Options: r.Options,
    Labels: r.Labels,
  };
}
