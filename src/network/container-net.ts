/**
 * @module
 * The container as the network layer sees it, and the `NetworkSettings` it gets back: the network
 * mode (`bridge`, a user network, `host`, `none`, `container:<id>`), the networks it is configured
 * for (`NetworkSettings.Networks`), what it publishes, its links and extra hosts. The container
 * layer maps its records to this view, so networking never depends on how containers are stored.
 */
import type { EndpointSettings } from './endpoint-settings.js';
import type { PortMap } from './ports/port-spec.js';
import type { PublishSpec } from './ports/publish.js';

/** What the network layer reads of a container. */
export interface ContainerNet {
  readonly id: string;
  /** Name without the leading slash. */
  readonly name: string;
  /** `Config.Hostname` (the short id unless `--hostname`). */
  readonly hostname: string;
  /** `HostConfig.NetworkMode`. */
  readonly networkMode: string;
  /** `NetworkSettings.Networks`: configured networks by name, in the order they were added. */
  readonly networks: { readonly [name: string]: EndpointSettings };
  readonly publish: PublishSpec;
  /** `HostConfig.Links` (`db` or `db:alias`): /etc/hosts entries on the default bridge. */
  readonly links: readonly string[];
  /** `HostConfig.ExtraHosts` (`name:ip`). */
  readonly extraHosts: readonly string[];
}

/** The network state a container gets after a network operation (the fields of `NetworkSettings` it changes). */
export interface ContainerNetState {
  readonly Networks: { readonly [name: string]: EndpointSettings };
  readonly Ports: PortMap;
  readonly SandboxID: string;
  readonly SandboxKey: string;
}

/** The kind of a network mode string. */
export type NetworkModeKind = 'bridge' | 'host' | 'none' | 'container' | 'user';

/** Classifies `HostConfig.NetworkMode` (`default` is the bridge). */
export function networkModeKind(mode: string): NetworkModeKind {
  if (mode === '' || mode === 'default' || mode === 'bridge') return 'bridge';
  if (mode === 'host') return 'host';
  if (mode === 'none') return 'none';
  if (mode.startsWith('container:')) return 'container';
  return 'user';
}

/** The container a `container:<name|id>` mode joins. */
export function connectedContainer(mode: string): string {
  return mode.startsWith('container:') ? mode.slice('container:'.length) : '';
}

/** Full `NetworkSettings` (Engine API shape) from a container's network state. */
export type NetworkSettings = {
  readonly Bridge: string;
  readonly SandboxID: string;
  readonly SandboxKey: string;
  readonly Ports: PortMap;
  readonly HairpinMode: boolean;
  readonly LinkLocalIPv6Address: string;
  readonly LinkLocalIPv6PrefixLen: number;
  readonly SecondaryIPAddresses: null;
  readonly SecondaryIPv6Addresses: null;
  readonly EndpointID: string;
  readonly Gateway: string;
  readonly GlobalIPv6Address: string;
  readonly GlobalIPv6PrefixLen: number;
  readonly IPAddress: string;
  readonly IPPrefixLen: number;
  readonly IPv6Gateway: string;
  readonly MacAddress: string;
  readonly Networks: { readonly [name: string]: EndpointSettings };
};

/**
 * The `NetworkSettings` `docker inspect` shows: the deprecated top-level address fields mirror the
 * default bridge's endpoint (empty elsewhere), and `Networks` keys are sorted as Go sorts map keys.
 */
export function networkSettings(state: ContainerNetState): NetworkSettings {
  const bridge = state.Networks['bridge'];
  const names = Object.keys(state.Networks).sort();
  return {
    Bridge: '',
    SandboxID: state.SandboxID,
    SandboxKey: state.SandboxKey,
    Ports: state.Ports,
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    EndpointID: bridge?.EndpointID ?? '',
    Gateway: bridge?.Gateway ?? '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: bridge?.IPAddress ?? '',
    IPPrefixLen: bridge?.IPPrefixLen ?? 0,
    IPv6Gateway: '',
    MacAddress: bridge?.MacAddress ?? '',
    Networks: Object.fromEntries(names.map((n) => [n, state.Networks[n]!])),
  };
}
