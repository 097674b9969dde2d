/**
 * @module
 * Publishing a container's ports when it starts (`-p`, `-P`; the bridge driver's
 * `addPortMappings`): every `PortBindings` entry, and with `PublishAllPorts` every exposed port
 * without one, becomes host bindings — an empty host IP means both `0.0.0.0` and `::` on the same
 * port. Specific ports are bound before ranges and ephemeral ports, in moby's order; the first
 * failure aborts the start with Docker's message and leaves nothing allocated.
 */
import { externalConnectivityFailed } from '../../core/messages/network.js';
import { looksLikeIPv6 } from '../ip.js';
import type { PortLease } from '../state.js';
import { bindConflict, leaseKey, PortAllocationError, requestPort, type PortBusy, type PortTables } from './allocator.js';
import { parseContainerPort, parsePortRange, portKey, splitProtoPort, type PortBinding, type PortMap, type Protocol } from './port-spec.js';

/** What a container asks to publish. */
export interface PublishSpec {
  /** `Config.ExposedPorts` keys (`80/tcp`), image and `--expose` ports included. */
  readonly exposed: readonly string[];
  /** `HostConfig.PortBindings`. */
  readonly bindings: PortMap | null;
  /** `HostConfig.PublishAllPorts` (`-P`). */
  readonly publishAll: boolean;
}

/** One host binding to make (moby `types.PortBinding` after defaults). */
interface BindingRequest {
  readonly proto: Protocol;
  readonly port: number;
  readonly hostIp: string;
  readonly hostPort: number;
  readonly hostPortEnd: number;
}

function isRange(r: BindingRequest): boolean {
  return r.hostPort === 0 || r.hostPort !== r.hostPortEnd;
}

const PROTO_ORDER: { readonly [p in Protocol]: number } = { tcp: 0, udp: 1, sctp: 2 };

function compareIp(a: string, b: string): number {
  const fa = looksLikeIPv6(a) ? 1 : 0;
  const fb = looksLikeIPv6(b) ? 1 : 0;
  if (fa !== fb) return fa - fb;
  if (fa === 0) {
    const na = a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
    const nb = b.split('.').reduce((n, o) => n * 256 + Number(o), 0);
    return na - nb;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** moby `cmpPortBinding`: specific ports first, then by container port, protocol, host port, host IP. */
function compareRequests(a: BindingRequest, b: BindingRequest): number {
  if (isRange(a) !== isRange(b)) return isRange(a) ? 1 : -1;
  return a.port - b.port || PROTO_ORDER[a.proto] - PROTO_ORDER[b.proto] || a.hostPort - b.hostPort || a.hostPortEnd - b.hostPortEnd || compareIp(a.hostIp, b.hostIp);
}

/**
 * The binding requests of a container, expanded (IPv4 and IPv6 twins) and sorted. Only exposed
 * ports are published, as in moby (the CLI exposes every `-p` port; an API client must too).
 */
function bindingRequests(spec: PublishSpec): BindingRequest[] {
  const out: BindingRequest[] = [];
  for (const key of new Set(spec.exposed)) {
    const cport = parseContainerPort(key);
    if (!cport) continue;
    const list = spec.bindings?.[key] ?? [];
    const bindings: readonly PortBinding[] = list.length > 0 ? list : spec.publishAll ? [{ HostIp: '', HostPort: '' }] : [];
    for (const b of bindings) {
      const range = parsePortRange(splitProtoPort(b.HostPort ?? '').port) ?? { start: 0, end: 0 };
      const ips = b.HostIp ? [b.HostIp] : ['0.0.0.0', '::'];
      for (const hostIp of ips) out.push({ proto: cport.proto, port: cport.port, hostIp, hostPort: range.start, hostPortEnd: range.end });
    }
  }
  return out.sort(compareRequests);
}

function sameGroup(a: BindingRequest, b: BindingRequest): boolean {
  return a.port === b.port && a.proto === b.proto && a.hostPort === b.hostPort && a.hostPortEnd === b.hostPortEnd;
}

/** `HostIP:HostPort[-End]:IP:Port/proto` as libnetwork prints a binding. */
function describe(r: BindingRequest, containerIp: string): string {
  const host = looksLikeIPv6(r.hostIp) ? `[${r.hostIp}]` : r.hostIp;
  const ports = r.hostPort === 0 ? '' : r.hostPortEnd !== r.hostPort ? `${r.hostPort}-${r.hostPortEnd}` : `${r.hostPort}`;
  return `${host}:${ports}${ports ? ':' : ''}${containerIp}:${r.port}/${r.proto}`;
}

/** The outcome of publishing: new port tables and the leases made (in binding order). */
export interface Published extends PortTables {
  readonly leases: readonly PortLease[];
}

/** The endpoint the ports are programmed on (for Docker's error message). */
export interface PublishingEndpoint {
  readonly name: string;
  readonly endpointId: string;
  readonly containerIp: string;
}

/**
 * Allocates the host ports of `containerId`; throws `driver failed programming external
 * connectivity on endpoint <name> (<id>): Bind for 0.0.0.0:3000 failed: port is already allocated`
 * (and the like) when a port cannot be had — the tables passed in are then unchanged.
 */
export function publishPorts(tables: PortTables, containerId: string, spec: PublishSpec, endpoint: PublishingEndpoint, busy?: PortBusy): Published {
  const requests = bindingRequests(spec);
  let { portLeases, portCursors } = tables;
  const leases: PortLease[] = [];
  try {
    for (let i = 0; i < requests.length; ) {
      let j = i + 1;
      while (j < requests.length && sameGroup(requests[i]!, requests[j]!)) j++;
      const group = requests.slice(i, j);
      const first = group[0]!;
      const ips = [...new Set(group.map((r) => r.hostIp))];
      const got = requestPort({ portLeases, portCursors }, ips, first.proto, first.hostPort, first.hostPortEnd, busy);
      portCursors = got.portCursors;
      for (const r of group) {
        const clash = bindConflict({ portLeases, portCursors }, r.proto, r.hostIp, got.port, busy);
        if (clash !== undefined) {
          const where = isRange(r) ? `failed to bind host port ${got.port} for ${describe(r, endpoint.containerIp)}` : `failed to bind host port for ${describe(r, endpoint.containerIp)}`;
          throw new PortAllocationError(`${where}: address already in use`);
        }
        const lease: PortLease = { containerId, proto: r.proto, hostIp: r.hostIp, hostPort: got.port, containerPort: r.port };
        portLeases = portLeases.set(leaseKey(r.proto, r.hostIp, got.port), lease);
        leases.push(lease);
      }
      i = j;
    }
  } catch (err) {
    if (err instanceof PortAllocationError) throw externalConnectivityFailed(endpoint.name, endpoint.endpointId, err.message);
    throw err;
  }
  return { portLeases, portCursors, leases };
}

/** Gives a container's host ports back. */
export function releasePorts(tables: PortTables, keys: readonly string[]): PortTables {
  let portLeases = tables.portLeases;
  for (const key of keys) portLeases = portLeases.delete(key);
  return { portLeases, portCursors: tables.portCursors };
}

/**
 * `NetworkSettings.Ports` of a running container: every exposed port (`null` when not published)
 * and the bindings made, keys sorted as Go's JSON encoder sorts map keys.
 */
export function portMap(exposed: readonly string[], leases: readonly PortLease[]): PortMap {
  const out: { [key: string]: PortBinding[] | null } = {};
  for (const key of exposed) {
    const p = parseContainerPort(key);
    if (p) out[portKey(p)] = null;
  }
  for (const lease of leases) {
    const key = `${lease.containerPort}/${lease.proto}`;
    (out[key] ??= []).push({ HostIp: lease.hostIp, HostPort: String(lease.hostPort) });
  }
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]!]));
}
