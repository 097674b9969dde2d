/**
 * @module
 * The world's state: every host (one daemon each) and every registry, in one immutable tree.
 */
import type { HostState } from '../daemon/state.js';

/** The state of a whole simulated world. */
export interface WorldState {
  /** Hosts by name; `default` always exists. */
  readonly hosts: { readonly [name: string]: HostState };
}

/** The name of the host a world starts with. */
export const DEFAULT_HOST = 'default';
