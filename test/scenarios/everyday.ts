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
  // Containers: create (random name), start, logs, stop after the 10 s timeout, list, remove.
  const runtime = world.host().daemon.containers.runtime;
  // Until this scenario pulls images, a one-image catalogue stands in for the image store.
  runtime.hooks.images = { resolve: (ref) => ({ id: `sha256:${'5'.repeat(64)}`, config: { Cmd: ['sleep', '60'], Labels: { ref } } }) };
  runtime.hooks.programs ??= {
    resolve: () => async (ctx) => {
      ctx.stdout.write(`hello from ${ctx.hostname}\n`);
      await ctx.clock.sleep(60_000);
      return 0;
    },
  };
  const { Id } = await docker.containerCreate({ Image: 'app' });
  await docker.containerStart(Id);
  await world.clock.hold(world.clock.sleep(2_000));
  for await (const entry of docker.containerLogs(Id, { timestamps: true })) seen.push(entry);
  await docker.containerStop(Id);
  seen.push(await docker.containerList({ all: true }));
  seen.push(await docker.containerInspect(Id));
  await docker.containerDelete(Id);
  return seen;
}
