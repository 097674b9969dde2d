/**
 * @module
 * The world's state: every host (one daemon each) and every registry, in one immutable tree.
 */
import type { HostState } from '../daemon/state.js';
import type { RegistryState } from '../registry/state.js';

/** The state of a whole simulated world. */
export interface WorldState {
  /** Hosts by name; `default` always exists. */
  readonly hosts: { readonly [name: string]: HostState };
  /** Registries by hostname (`docker.io`, `localhost:5000`); `docker.io` always exists. */
  readonly registries: { readonly [hostname: string]: RegistryState };
}

/** The name of the host a world starts with. */
export const DEFAULT_HOST = 'default';
