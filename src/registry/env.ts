/**
 * @module
 * What pulls, pushes and logins need from the daemon: the clock, the world's registries, and the
 * host's image service (its store and its one door for commits).
 */
import type { Clock } from '../core/clock.js';
import type { HostContext } from '../daemon/context.js';
import type { ImageService } from '../image/service.js';
import type { WorldState } from '../world/state.js';
import type { HostDial } from './remote.js';

/** The environment of a distribution operation. */
export interface DistributionEnv {
  readonly clock: Clock;
  readonly ctx: HostContext;
  readonly images: ImageService;
  /** The world's current state (registries). */
  world(): WorldState;
  /** Dials from the host (published ports), to reach registries running in containers. */
  readonly dial?: HostDial;
}
