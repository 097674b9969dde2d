/**
 * A scenario exercising what the simulation can do so far; the determinism test runs it on two
 * worlds with one seed and demands identical results. Each domain adds its everyday calls here.
 */
import type { World } from '../../src/world/world.js';

/** Runs the scenario; returns what a user would have observed. */
export async function everydayScenario(world: World): Promise<unknown[]> {
  const seen: unknown[] = [];
  const docker = world.client();
  seen.push(await docker.systemPing());
  seen.push(await docker.systemVersion());
  world.addHost('ci');
  seen.push(await world.client('ci').systemInfo());
  // A daemon-level event, committed through the host's one door.
  const ctx = world.host('ci').daemon.ctx;
  ctx.commit(() => {}, [{ Type: 'daemon', Action: 'reload', id: ctx.state.id, attributes: { name: ctx.state.hostname } }]);
  await world.clock.hold(world.clock.sleep(1_500));
  seen.push(await docker.systemInfo());
  seen.push(world.host('ci').daemon.ctx.newId());
  return seen;
}
