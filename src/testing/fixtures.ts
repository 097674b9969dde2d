/**
 * @module
 * Ready-made worlds for tests: seeded, deterministic, with a client at hand.
 */
import type { DockerClient } from '../client/docker-client.js';
import type { ClockMode } from '../core/clock.js';
import { createWorld, type World } from '../world/world.js';

/** A world and a client of its default host. */
export interface TestWorld {
  readonly world: World;
  readonly docker: DockerClient;
}

/** A seeded world (auto clock unless told otherwise) and a client of its default host. */
export function testWorld(seed = 1, clock: ClockMode = 'auto'): TestWorld {
  const world = createWorld({ seed, clock });
  return { world, docker: world.client() };
}
