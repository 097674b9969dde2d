/**
 * @module
 * What `docker create` decides about a container's networks (moby `validateNetMode`,
 * `validateNetworkingConfig`, `updateContainerNetworkSettings`): the `container:` and `host` mode
 * conflicts, each `EndpointsConfig` entry validated against its network (an unknown network is
 * fine until start), and the first `NetworkSettings.Networks` — the configured networks, or the
 * network mode's own.
 */
import { DockerError } from '../core/errors.js';
import { joinErrors } from '../core/messages/network.js';
import type { ContainerConfig } from '../container/config.js';
import type { NetworkConfiguration } from '../container/hooks.js';
import type { HostConfig } from '../container/host-config.js';
import { connectedContainer, networkModeKind, networkSettings } from './container-net.js';
import { configuredSettings, validateEndpointSettings, type EndpointConfig, type EndpointSettings } from './endpoint-settings.js';
import { lookupNetwork } from './lookup.js';
import type { NetworkRecord } from './record.js';
import type { NetworkSlice } from './state.js';

function validationError(message: string): DockerError {
  return new DockerError('InvalidParameter', message);
}

/** moby `validateNetContainerMode` and `validateNetMode`. */
function validateNetMode(config: ContainerConfig, hostConfig: HostConfig): void {
  const mode = hostConfig.NetworkMode;
  if (mode === 'container' || mode.startsWith('container:')) {
    if (connectedContainer(mode) === '') throw validationError('invalid network mode: invalid container format container:<name|id>');
    if (config.Hostname) throw validationError('conflicting options: hostname and the network mode');
    if ((hostConfig.Links ?? []).length > 0) throw validationError("conflicting options: container type network can't be used with links. This would result in undefined behavior");
    if ((hostConfig.Dns ?? []).length > 0) throw validationError('conflicting options: dns and the network mode');
    if ((hostConfig.ExtraHosts ?? []).length > 0) throw validationError('conflicting options: custom host-to-IP mapping and the network mode');
    if (Object.keys(hostConfig.PortBindings ?? {}).length > 0 || hostConfig.PublishAllPorts) throw validationError('conflicting options: port publishing and the container type network mode');
    if (Object.keys(config.ExposedPorts ?? {}).length > 0) throw validationError('conflicting options: port exposing and the container type network mode');
  }
  if (mode === 'host' && (hostConfig.Links ?? []).length > 0) {
    throw validationError("conflicting options: host type networking can't be used with links. This would result in undefined behavior");
  }
}

/** The network `term` names, or undefined (ambiguity included). */
function lookupQuietly(slice: NetworkSlice, term: string): NetworkRecord | undefined {
  try {
    return lookupNetwork(slice, term);
  } catch {
    return undefined;
  }
}

/** Validates a create request's networking and gives the container's first `NetworkSettings`. */
export function configureNetworks(slice: NetworkSlice, config: ContainerConfig, hostConfig: HostConfig, endpoints: { readonly [network: string]: EndpointConfig | null } | null | undefined): NetworkConfiguration {
  validateNetMode(config, hostConfig);
  const mode = hostConfig.NetworkMode;
  const given = Object.entries(endpoints ?? {}).map(([name, ep]) => [name === 'default' ? mode : name, ep] as const);
  const errs: string[] = [];
  for (const [name, ep] of given) {
    if (ep === null || ep === undefined) {
      errs.push(`invalid config for network ${name}: EndpointsConfig is nil`);
      continue;
    }
    try {
      validateEndpointSettings(lookupQuietly(slice, name), name, ep);
    } catch (err) {
      if (!(err instanceof DockerError)) throw err;
      errs.push(`invalid config for network ${name}: ${err.message}`);
    }
  }
  if (errs.length > 0) throw validationError(joinErrors(errs));
  const networks: { [name: string]: EndpointSettings } = {};
  if (networkModeKind(mode) !== 'container') {
    for (const [name, ep] of given) networks[name] = configuredSettings(ep);
    if (given.length === 0) {
      const kind = networkModeKind(mode);
      const name = kind === 'user' ? (lookupQuietly(slice, mode)?.Name ?? mode) : kind;
      networks[name] = configuredSettings(null);
    }
  }
  const warnings = mode === 'host' && Object.keys(hostConfig.PortBindings ?? {}).length > 0 ? ['Published ports are discarded when using host network mode'] : [];
  return { networkSettings: networkSettings({ Networks: networks, Ports: {}, SandboxID: '', SandboxKey: '' }), warnings };
}
