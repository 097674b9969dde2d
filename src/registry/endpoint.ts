/**
 * @module
 * Reaching a registry from a daemon: find it in the world by hostname (or fail as a network
 * dial would), the URLs Docker names in its messages, and checking credentials on the way in.
 */
import type { DockerError } from '../core/errors.js';
import { registryUnreachable } from '../core/messages/registry.js';
import type { WorldState } from '../world/state.js';
import { DOCKER_HUB, type RegistryState } from './state.js';

/** The base URL Docker uses for a registry (`https://registry-1.docker.io/v2/`). */
export function registryUrl(hostname: string): string {
  return `https://${hostname === DOCKER_HUB ? 'registry-1.docker.io' : hostname}/v2/`;
}

/** The error a daemon reports when dialling the registry at `hostname` fails. */
export function unreachable(hostname: string): DockerError {
  const [name, port] = hostname.startsWith('[') ? [hostname.slice(0, hostname.indexOf(']') + 1), hostname.split(']:')[1]] : hostname.split(':');
  const loopback = name === 'localhost' || /^127\./.test(name!) || name === '[::1]';
  const address = name === 'localhost' ? '127.0.0.1' : name;
  const detail = loopback ? `dial tcp ${address}:${port ?? '443'}: connect: connection refused` : `dial tcp: lookup ${name}: no such host`;
  return registryUnreachable(registryUrl(hostname), detail);
}

/** The registry at `hostname`, or the dial error a daemon would report. */
export function findRegistry(world: WorldState, hostname: string): RegistryState {
  const state = world.registries[hostname];
  if (!state) throw unreachable(hostname);
  return state;
}
