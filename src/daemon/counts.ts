/**
 * @module
 * Object counts for `docker info`, derived from a host's state.
 */
import type { HostCounts } from './info.js';
import type { HostState } from './state.js';

/** Counts the containers (by state) and images of a host. */
export function hostCounts(host: HostState): HostCounts {
  let running = 0;
  let paused = 0;
  let stopped = 0;
  for (const c of host.containers.values()) {
    // docker info counts restarting containers as running (moby daemon/info.go).
    if (c.State.Status === 'paused') paused++;
    else if (c.State.Status === 'running' || c.State.Status === 'restarting') running++;
    else stopped++;
  }
  return { containers: host.containers.size, running, paused, stopped, images: host.images.images.size };
}
