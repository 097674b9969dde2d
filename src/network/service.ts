/**
 * @module
 * The network service of one daemon: the network verbs of the Engine API (`/networks` create,
 * inspect, list, delete, prune, connect, disconnect) — each a pure function of the state and one
 * commit with its events — and the host's {@link NetStack}, through which containers' processes
 * and the host itself connect. Its {@link NetworkService.networking} is the hook the container
 * runtime calls when a container is created, starts and stops.
 */
import { castDraft, type Draft } from 'immer';
import type { FilterArgs } from './filter-args.js';
import { invalidArgument } from '../core/messages/system.js';
import type { HostContext } from '../daemon/context.js';
import type { HostState } from '../daemon/state.js';
import { getContainer } from '../container/lookup.js';
import { isRunning } from '../container/state.js';
import { connectContainer, disconnectContainer, type ConnectTarget } from './connect.js';
import { createNetwork, type NetworkCreateRequest, type NetworkCreateResponse } from './create.js';
import type { EndpointConfig } from './endpoint-settings.js';
import { listNetworks } from './list.js';
import { findNetwork } from './lookup.js';
import { pruneNetworks, type NetworkPruneResponse } from './prune.js';
import { networkInspect, type NetworkInspect } from './record.js';
import { networkEndpoints, removeNetwork } from './remove.js';
import { daemonEntropy } from './daemon-entropy.js';
import { readNetworkSlice, writeNetworkSlice } from './slice.js';
import type { NetworkSlice } from './state.js';
import { ContainerNetworkHook, containerNetOf, writeContainerNetworks } from './container-hook.js';
import { HOST_NAMESPACE, NetStack } from './stack/net-stack.js';
import { etcHosts, resolvConf } from './stack/etc-files.js';
import type { ContainerRecord } from '../container/record.js';
import { fileNode, type FsNode } from '../fs/node.js';
import type { Mount } from '../fs/tree-source.js';

/** The body of `POST /networks/{id}/connect`. */
export interface NetworkConnectRequest {
  readonly Container: string;
  readonly EndpointConfig?: EndpointConfig | null;
}

/** The body of `POST /networks/{id}/disconnect`. */
export interface NetworkDisconnectRequest {
  readonly Container: string;
  readonly Force?: boolean;
}

/** Every network verb of one daemon. */
export class NetworkService {
  /** The host's simulated packets: namespaces, listeners, connections. */
  readonly stack: NetStack;
  /** The container runtime's hook. */
  readonly networking: ContainerNetworkHook;
  readonly #ctx: HostContext;
  readonly #edited = new Map<string, FsNode>();

  constructor(ctx: HostContext) {
    this.#ctx = ctx;
    this.stack = new NetStack(() => ctx.state, ctx.clock);
    this.networking = new ContainerNetworkHook(ctx, this.stack, (id) => this.forgetEdits(id));
  }

  #slice(): NetworkSlice {
    return readNetworkSlice(this.#ctx.state);
  }

  /** `GET /networks`. */
  list(filters: FilterArgs = {}): NetworkInspect[] {
    return listNetworks(this.#slice(), filters);
  }

  /** `GET /networks/{id}`: the network with its endpoints (`Containers`). */
  inspect(term: string): NetworkInspect {
    const slice = this.#slice();
    const network = findNetwork(slice, checkTerm(term));
    return networkInspect(network, networkEndpoints(slice, network.Id).sort((a, b) => (a.containerId < b.containerId ? -1 : 1)));
  }

  /** `POST /networks/create`. */
  create(request: NetworkCreateRequest): NetworkCreateResponse {
    if (typeof request !== 'object' || request === null) throw invalidArgument('network create request must be a JSON object');
    const id = this.#ctx.newId();
    const seq = this.#ctx.state.seq + 1;
    const made = createNetwork(this.#slice(), request, { id, nowMs: this.#ctx.now(), seq });
    this.#ctx.commit(
      (host) => {
        host.seq = seq;
        host.networks = castDraft(host.networks.set(id, made.record));
        host.ipPools = castDraft(made.ipPools);
      },
      [{ Type: 'network', Action: 'create', id, attributes: { name: made.record.Name, type: made.record.Driver } }],
    );
    return { Id: id, Warning: '' };
  }

  /** `DELETE /networks/{id}`. */
  remove(term: string): void {
    const slice = this.#slice();
    const network = findNetwork(slice, checkTerm(term));
    const next = removeNetwork(slice, network);
    this.#ctx.commit((host) => writeNetworkSlice(host, next), [{ Type: 'network', Action: 'destroy', id: network.Id, attributes: { name: network.Name, type: network.Driver } }]);
  }

  /** `POST /networks/prune`. */
  prune(filters: FilterArgs = {}): NetworkPruneResponse {
    const { slice, removed } = pruneNetworks(this.#slice(), filters, this.#ctx.now());
    this.#ctx.commit(
      (host) => writeNetworkSlice(host, slice),
      [
        ...removed.map((n) => ({ Type: 'network' as const, Action: 'destroy', id: n.Id, attributes: { name: n.Name, type: n.Driver } })),
        { Type: 'network', Action: 'prune', id: '', attributes: { reclaimed: '0' } },
      ],
    );
    return { NetworksDeleted: removed.length > 0 ? removed.map((n) => n.Name) : null };
  }

  /** `POST /networks/{id}/connect`. */
  connect(term: string, request: NetworkConnectRequest): void {
    if (typeof request !== 'object' || request === null) throw invalidArgument('network connect request must be a JSON object');
    const target = this.#target(request.Container);
    const entropy = daemonEntropy(this.#ctx);
    const result = connectContainer(this.#slice(), target, term, request.EndpointConfig, entropy, (_proto, _ip, port) => this.stack.hostPortBusy(port));
    this.#commitContainer(target.id, result, entropy.seq());
  }

  /** `POST /networks/{id}/disconnect`. */
  disconnect(term: string, request: NetworkDisconnectRequest): void {
    if (typeof request !== 'object' || request === null) throw invalidArgument('network disconnect request must be a JSON object');
    const target = this.#target(request.Container);
    const result = disconnectContainer(this.#slice(), target, term, request.Force ?? false);
    this.#commitContainer(target.id, result, this.#ctx.state.seq);
  }

  /** The container a connect or disconnect names, as the network layer sees it. */
  #target(ref: unknown): ConnectTarget {
    const record = getContainer(this.#ctx.state, typeof ref === 'string' ? ref : '');
    const status = record.State.Status;
    return { ...containerNetOf(record), running: isRunning(status) && status !== 'restarting', removing: status === 'removing' || status === 'dead' };
  }

  #commitContainer(id: string, result: ReturnType<typeof connectContainer>, seq: number): void {
    this.#ctx.commit((host: Draft<HostState>) => {
      host.seq = seq;
      writeNetworkSlice(host, result.slice);
      writeContainerNetworks(host, id, result.networks, result.ports);
    }, result.events);
  }

  /**
   * The files Docker bind-mounts into a container for its network — `/etc/hosts`,
   * `/etc/resolv.conf`, `/etc/hostname` — generated from the current state (so a `network
   * connect` shows at once); a container's own edits to them last until it stops.
   */
  etcMounts(record: ContainerRecord): Mount[] {
    const files: [string, () => string][] = [
      ['/etc/hosts', () => etcHosts(this.#slice(), this.stack.sandboxOf(this.stack.namespaceOf(record.Id)))],
      ['/etc/resolv.conf', () => resolvConf(this.#slice(), this.stack.sandboxOf(this.stack.namespaceOf(record.Id)))],
      ['/etc/hostname', () => `${record.Config.Hostname}\n`],
    ];
    return files.map(([target, generate]) => {
      const key = `${record.Id}:${target}`;
      return {
        target,
        source: {
          read: () => this.#edited.get(key) ?? fileNode(generate(), { mtime: this.#ctx.now() }),
          write: (tree) => void this.#edited.set(key, tree),
        },
      };
    });
  }

  /** Forgets a stopped container's edits of its network files. */
  forgetEdits(containerId: string): void {
    for (const key of [...this.#edited.keys()]) if (key.startsWith(`${containerId}:`)) this.#edited.delete(key);
  }

  /** Connects from the host itself to `host:port` (`localhost` reaches published ports). */
  hostConnect(host: string, port: number, timeoutMs?: number) {
    return this.stack.connect(HOST_NAMESPACE, host, port, timeoutMs);
  }
}

/** A network id or name as a path parameter: a string, or Docker's 400. */
function checkTerm(term: unknown): string {
  if (typeof term !== 'string') throw invalidArgument('network id or name must be a string');
  return term;
}
