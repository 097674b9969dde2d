/**
 * @module
 * The packets of one host, simulated at the level programs see: network namespaces (the host's,
 * and one per running container — shared by `container:<id>` containers), TCP listeners, and
 * connection routing as Docker's bridge networks and iptables rules make it behave:
 *
 * - a container reaches every port of containers on a network it shares (no EXPOSE needed);
 *   across networks packets are dropped (`ETIMEDOUT`); with no route (`none`, internal-only
 *   networks going outside) `ENETUNREACH`; a closed port answers `ECONNREFUSED`;
 * - the host reaches every container address, and its own published ports: the docker-proxy
 *   accepts and forwards to the container port (`ECONNRESET` when nothing listens there);
 * - a host-mode container shares the host's namespace.
 *
 * Runtime objects only (like processes): what is listening is not part of the saved state.
 */
import type { Clock } from '../../core/clock.js';
import { AsyncQueue } from '../../core/async-queue.js';
import { NetError, type Listener, type Socket } from '../../programs/types.js';
import { contains, formatIPv4, parseIPv4, parsePrefix } from '../ip.js';
import { leaseKey } from '../ports/allocator.js';
import type { NetworkSlice, SandboxRecord } from '../state.js';
import { resolveName, sandboxEndpoints } from './resolver.js';
import { socketPair } from './socket.js';

/** The namespace id of the host. */
export const HOST_NAMESPACE = 'host';

/** Linux's default TCP connect timeout with 6 SYN retries (1+2+4+…+64 s). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 127_000;

const FIRST_EPHEMERAL = 32768;

interface ListenerEntry {
  readonly address: string;
  readonly queue: AsyncQueue<Socket>;
}

interface Namespace {
  readonly listeners: Map<number, ListenerEntry>;
  nextPort: number;
}

/** Where a connection goes. */
type Route =
  | { readonly kind: 'namespace'; readonly ns: string; readonly ip: string; readonly fromIp: string }
  | { readonly kind: 'host'; readonly ip: string; readonly fromIp: string }
  | { readonly kind: 'fail'; readonly code: 'ETIMEDOUT' | 'ENETUNREACH' | 'EHOSTUNREACH' };

function isLoopback(ip: string): boolean {
  return ip.startsWith('127.') || ip === '::1';
}

/** The network stack of one host. */
export class NetStack {
  readonly #slice: () => NetworkSlice;
  readonly #clock: Clock;
  readonly #namespaces = new Map<string, Namespace>();

  constructor(slice: () => NetworkSlice, clock: Clock) {
    this.#slice = slice;
    this.#clock = clock;
  }

  /** The namespace a container's processes live in (its own, the host's, or the one it joined). */
  namespaceOf(containerId: string): string {
    const slice = this.#slice();
    let id = containerId;
    for (let hops = 0; hops < 16; hops++) {
      const sandbox = slice.sandboxes.get(id);
      if (!sandbox) return id;
      if (sandbox.mode === 'host') return HOST_NAMESPACE;
      if (sandbox.mode !== 'container' || !sandbox.sharedWith) return id;
      id = sandbox.sharedWith;
    }
    return id;
  }

  /** The sandbox that owns a namespace (undefined for the host). */
  sandboxOf(ns: string): SandboxRecord | undefined {
    return ns === HOST_NAMESPACE ? undefined : this.#slice().sandboxes.get(ns);
  }

  #ns(id: string): Namespace {
    let ns = this.#namespaces.get(id);
    if (!ns) {
      ns = { listeners: new Map(), nextPort: FIRST_EPHEMERAL };
      this.#namespaces.set(id, ns);
    }
    return ns;
  }

  /** True when something in the host namespace listens on `port` (a published port cannot bind it). */
  hostPortBusy(port: number): boolean {
    return this.#namespaces.get(HOST_NAMESPACE)?.listeners.has(port) ?? false;
  }

  /** Listens on `port` (0: ephemeral) in namespace `ns`; EADDRINUSE when taken. */
  listen(ns: string, port: number, host = '0.0.0.0'): Listener {
    const space = this.#ns(ns);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new NetError('EINVAL', `listen EINVAL: invalid port ${port}`);
    let bound = port;
    if (bound === 0) {
      while (space.listeners.has(space.nextPort)) space.nextPort++;
      bound = space.nextPort++;
    }
    const published = ns === HOST_NAMESPACE && ['0.0.0.0', '::', '127.0.0.1'].some((ip) => this.#slice().portLeases.has(leaseKey('tcp', ip, bound)));
    if (space.listeners.has(bound) || published) throw new NetError('EADDRINUSE', `listen EADDRINUSE: address already in use ${host}:${bound}`);
    const entry: ListenerEntry = { address: host, queue: new AsyncQueue<Socket>() };
    space.listeners.set(bound, entry);
    return {
      port: bound,
      accept: async () => {
        const next = await entry.queue.next();
        return next.done ? null : next.value;
      },
      close: () => {
        if (space.listeners.get(bound) === entry) space.listeners.delete(bound);
        entry.queue.end();
      },
    };
  }

  /** Closes every listener of a namespace (its container stopped). */
  closeNamespace(ns: string): void {
    const space = this.#namespaces.get(ns);
    if (!space || ns === HOST_NAMESPACE) return;
    for (const entry of space.listeners.values()) entry.queue.end();
    this.#namespaces.delete(ns);
  }

  /** Resolves a name as seen from namespace `ns`. */
  resolve(ns: string, name: string): string[] {
    return resolveName(this.#slice(), this.sandboxOf(ns), name);
  }

  /** Opens a connection from namespace `ns` to `host:port`. */
  async connect(ns: string, host: string, port: number, timeoutMs = DEFAULT_CONNECT_TIMEOUT_MS): Promise<Socket> {
    const ip = this.resolve(ns, host)[0]!;
    const route = this.#route(ns, ip);
    const where = `${ip}:${port}`;
    if (route.kind === 'fail') {
      if (route.code === 'ETIMEDOUT') await this.#clock.sleep(timeoutMs);
      throw new NetError(route.code, `connect ${route.code} ${where}`);
    }
    if (route.kind === 'namespace') return this.#deliver(ns, route.ns, route.ip, port, route.fromIp, where);
    return this.#toHost(ns, route.ip, port, route.fromIp, where);
  }

  /** Hands a connection to a listener of `target`, or refuses it. */
  #deliver(from: string, target: string, ip: string, port: number, fromIp: string, where: string): Socket {
    const entry = this.#namespaces.get(target)?.listeners.get(port);
    const accepts = entry && !entry.queue.ended && (entry.address === '0.0.0.0' || entry.address === '::' || entry.address === ip || (isLoopback(entry.address) && isLoopback(ip) && from === target));
    if (!entry || !accepts) throw new NetError('ECONNREFUSED', `connect ECONNREFUSED ${where}`);
    const source = this.#ns(from);
    const pair = socketPair({ address: fromIp, port: source.nextPort++ }, { address: ip, port });
    entry.queue.push(pair.server);
    return pair.client;
  }

  /** A connection to one of the host's addresses: a host listener, else a published port. */
  #toHost(from: string, ip: string, port: number, fromIp: string, where: string): Socket {
    const host = this.#namespaces.get(HOST_NAMESPACE)?.listeners.get(port);
    if (host && !host.queue.ended) return this.#deliver(from, HOST_NAMESPACE, ip, port, fromIp, where);
    const slice = this.#slice();
    const lease = slice.portLeases.get(leaseKey('tcp', ip, port)) ?? slice.portLeases.get(leaseKey('tcp', '0.0.0.0', port));
    if (!lease) throw new NetError('ECONNREFUSED', `connect ECONNREFUSED ${where}`);
    const sandbox = slice.sandboxes.get(lease.containerId);
    const ep = sandbox?.portsNetwork ? slice.endpoints.get(sandbox.portsNetwork)?.get(lease.containerId) : undefined;
    const gateway = sandbox?.portsNetwork ? slice.networks.get(sandbox.portsNetwork)?.internal.pools[0]?.gateway : undefined;
    if (!ep || ep.ip < 0) throw new NetError('ECONNREFUSED', `connect ECONNREFUSED ${where}`);
    try {
      // The docker-proxy accepted the connection and dials the container from the gateway address.
      return this.#deliver(HOST_NAMESPACE, this.namespaceOf(lease.containerId), formatIPv4(ep.ip), lease.containerPort, gateway ?? ip, where);
    } catch {
      throw new NetError('ECONNRESET', `read ECONNRESET (${where}: the container does not listen on port ${lease.containerPort})`);
    }
  }

  #route(from: string, ip: string): Route {
    if (isLoopback(ip)) return from === HOST_NAMESPACE ? { kind: 'host', ip, fromIp: ip } : { kind: 'namespace', ns: from, ip, fromIp: ip };
    const slice = this.#slice();
    const addr = parseIPv4(ip);
    if (addr === undefined) return { kind: 'fail', code: 'ENETUNREACH' };
    if (from === HOST_NAMESPACE) {
      for (const network of slice.networks.values()) {
        for (const pool of network.internal.pools) {
          if (pool.gateway === ip) return { kind: 'host', ip, fromIp: ip };
          if (!contains(parsePrefix(pool.subnet)!, addr)) continue;
          const target = this.#endpointAt(slice, network.Id, addr);
          if (target) return { kind: 'namespace', ns: this.namespaceOf(target), ip, fromIp: pool.gateway };
          return { kind: 'fail', code: 'EHOSTUNREACH' };
        }
      }
      return { kind: 'fail', code: 'ETIMEDOUT' };
    }
    const sandbox = slice.sandboxes.get(from);
    const eps = sandbox ? sandboxEndpoints(slice, sandbox).filter((ep) => ep.ip >= 0) : [];
    if (eps.length === 0) return { kind: 'fail', code: 'ENETUNREACH' };
    for (const ep of eps) {
      const network = slice.networks.get(ep.networkId);
      const pool = network?.internal.pools.find((p) => p.subnet === ep.subnet);
      if (!network || !pool) continue;
      if (pool.gateway === ip) return network.Internal ? { kind: 'fail', code: 'ETIMEDOUT' } : { kind: 'host', ip, fromIp: formatIPv4(ep.ip) };
      if (!contains(parsePrefix(pool.subnet)!, addr)) continue;
      const target = this.#endpointAt(slice, network.Id, addr);
      if (!target) return { kind: 'fail', code: 'EHOSTUNREACH' };
      return { kind: 'namespace', ns: this.namespaceOf(target), ip, fromIp: formatIPv4(ep.ip) };
    }
    const external = eps.some((ep) => !slice.networks.get(ep.networkId)?.Internal);
    return { kind: 'fail', code: external ? 'ETIMEDOUT' : 'ENETUNREACH' };
  }

  #endpointAt(slice: NetworkSlice, networkId: string, addr: number): string | undefined {
    const table = slice.endpoints.get(networkId);
    if (!table) return undefined;
    for (const ep of table.values()) if (ep.ip === addr) return ep.containerId;
    return undefined;
  }
}
