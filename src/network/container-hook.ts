/**
 * @module
 * The network layer's part in a container's life (the container runtime's `ContainerNetworking`
 * hook): validate and record the networks at create (see `configure.ts`), join them when the
 * process starts and leave them when it ends — each as part of the lifecycle commit, so a start that
 * fails on a taken port leaves the container `created` — and hand its processes their
 * {@link ProcessNet}.
 */
import { castDraft, type Draft } from 'immer';
import { DockerError } from '../core/errors.js';
import type { EventSpec } from '../core/events.js';
import { joinOwnNamespace, joinStoppedNamespace } from '../core/messages/network.js';
import type { HostContext } from '../daemon/context.js';
import type { HostState } from '../daemon/state.js';
import type { ContainerConfig } from '../container/config.js';
import type { HostConfig } from '../container/host-config.js';
import type { LifecyclePlan, ContainerNetworking, NetworkConfiguration } from '../container/hooks.js';
import { getContainer } from '../container/lookup.js';
import { displayName, type ContainerRecord } from '../container/record.js';
import type { ProcessNet } from '../programs/types.js';
import { connectedContainer, networkModeKind, networkSettings, type ContainerNet, type ContainerNetState } from './container-net.js';
import { configuredSettings, type EndpointConfig, type EndpointSettings } from './endpoint-settings.js';
import { configureNetworks } from './configure.js';
import { renameEndpoints } from './endpoint.js';
import type { PortMap } from './ports/port-spec.js';
import { startNetworking, stopNetworking } from './sandbox.js';
import { daemonEntropy } from './daemon-entropy.js';
import { readNetworkSlice, writeNetworkSlice } from './slice.js';
import type { NetStack } from './stack/net-stack.js';
import { containerNet } from './stack/process-net.js';

/** The network view of a container record. */
export function containerNetOf(record: ContainerRecord): ContainerNet {
  const networks: { [name: string]: EndpointSettings } = {};
  for (const [name, ep] of Object.entries(record.NetworkSettings.Networks)) networks[name] = { ...configuredSettings(null), ...(ep as Partial<EndpointSettings>) };
  return {
    id: record.Id,
    name: displayName(record),
    hostname: record.Config.Hostname,
    networkMode: record.HostConfig.NetworkMode,
    networks,
    publish: { exposed: Object.keys(record.Config.ExposedPorts ?? {}), bindings: record.HostConfig.PortBindings, publishAll: record.HostConfig.PublishAllPorts },
    links: record.HostConfig.Links ?? [],
    extraHosts: record.HostConfig.ExtraHosts ?? [],
  };
}

/** Writes a container's networks (and ports, sandbox, when given) into its record, as one draft change. */
export function writeContainerNetworks(host: Draft<HostState>, id: string, networks: { readonly [name: string]: EndpointSettings }, ports?: PortMap, sandbox?: Pick<ContainerNetState, 'SandboxID' | 'SandboxKey'>): void {
  const record = host.containers.get(id);
  if (!record) return;
  const current = record.NetworkSettings;
  const state: ContainerNetState = {
    Networks: networks,
    Ports: ports ?? (current.Ports as PortMap),
    SandboxID: sandbox?.SandboxID ?? (typeof current['SandboxID'] === 'string' ? current['SandboxID'] : ''),
    SandboxKey: sandbox?.SandboxKey ?? (typeof current['SandboxKey'] === 'string' ? current['SandboxKey'] : ''),
  };
  host.containers = castDraft(host.containers.set(id, { ...record, NetworkSettings: networkSettings(state) }));
}

/** The runtime hook of one daemon. */
export class ContainerNetworkHook implements ContainerNetworking {
  readonly #ctx: HostContext;
  readonly #stack: NetStack;
  readonly #onDetach: ((id: string) => void) | undefined;

  constructor(ctx: HostContext, stack: NetStack, onDetach?: (id: string) => void) {
    this.#ctx = ctx;
    this.#stack = stack;
    this.#onDetach = onDetach;
  }

  /** At create: validates the networking config and returns the container's first `NetworkSettings`. */
  configure(config: ContainerConfig, hostConfig: HostConfig, endpoints: { readonly [network: string]: { readonly [field: string]: unknown } | null } | null | undefined): NetworkConfiguration {
    return configureNetworks(readNetworkSlice(this.#ctx.state), config, hostConfig, endpoints as { readonly [network: string]: EndpointConfig | null } | null | undefined);
  }

  /** When the process starts: endpoints, addresses, published ports (throws Docker's error, nothing changed). */
  join(record: ContainerRecord): LifecyclePlan {
    const c = containerNetOf(record);
    let sharedWith: string | undefined;
    if (networkModeKind(c.networkMode) === 'container') sharedWith = this.#joinable(record, connectedContainer(c.networkMode));
    const entropy = daemonEntropy(this.#ctx);
    const change = startNetworking(readNetworkSlice(this.#ctx.state), c, entropy, { ...(sharedWith ? { sharedWith } : {}), busy: (_proto, _ip, port) => this.#stack.hostPortBusy(port) });
    return this.#plan(record.Id, change.slice, change.state, change.events, entropy.seq());
  }

  /** When the process ends: every address and port given back; configuration kept. */
  leave(record: ContainerRecord): LifecyclePlan {
    const change = stopNetworking(readNetworkSlice(this.#ctx.state), containerNetOf(record));
    return this.#plan(record.Id, change.slice, change.state, change.events, this.#ctx.state.seq);
  }

  /** As a running container is renamed: its endpoints and DNS names follow (moby `ContainerRename`). */
  rename(record: ContainerRecord): LifecyclePlan {
    const slice = readNetworkSlice(this.#ctx.state);
    const sandbox = slice.sandboxes.get(record.Id);
    if (!sandbox) return { events: [], apply: () => {} };
    const c = containerNetOf(record);
    const renamed = renameEndpoints(slice, c, sandbox.networks);
    const networks: { [name: string]: EndpointSettings } = { ...c.networks };
    for (const [networkId, names] of renamed.dnsNames) {
      const name = slice.networks.get(networkId)?.Name;
      if (name && networks[name]) networks[name] = { ...networks[name]!, DNSNames: names.length > 0 ? names : null };
    }
    return {
      events: [],
      apply: (host) => {
        writeNetworkSlice(host, renamed.slice);
        writeContainerNetworks(host, record.Id, networks);
      },
    };
  }

  #plan(id: string, slice: ReturnType<typeof readNetworkSlice>, state: ContainerNetState, events: readonly EventSpec[], seq: number): LifecyclePlan {
    return {
      events,
      apply: (host) => {
        host.seq = seq;
        writeNetworkSlice(host, slice);
        writeContainerNetworks(host, id, state.Networks, state.Ports, state);
      },
    };
  }

  /** The container whose namespace `ref` names, if it may be joined (moby `getNetworkedContainer`). */
  #joinable(self: ContainerRecord, ref: string): string {
    let other: ContainerRecord;
    try {
      other = getContainer(this.#ctx.state, ref);
    } catch (err) {
      if (err instanceof DockerError) throw new DockerError(err.kind === 'NotFound' ? 'Internal' : err.kind, `joining network namespace of container: ${err.message}`);
      throw err;
    }
    if (other.Id === self.Id) throw joinOwnNamespace();
    const status = other.State.Status;
    if (status !== 'running' && status !== 'paused') {
      if (status === 'restarting') throw new DockerError('Conflict', `cannot join network namespace of container: Container ${other.Id} is restarting, wait until the container is running`);
      throw joinStoppedNamespace(displayName(other), status);
    }
    return other.Id;
  }

  /** The network of the container's processes. */
  attach(record: ContainerRecord): ProcessNet {
    return containerNet(this.#stack, () => readNetworkSlice(this.#ctx.state), record.Id);
  }

  /** The container's processes are gone: its listeners close. */
  detach(record: ContainerRecord): void {
    this.#stack.closeNamespace(record.Id);
    this.#onDetach?.(record.Id);
  }
}
