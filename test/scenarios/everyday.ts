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
  // Images and registries: pull (with a shared base), tag, push, save/load, remove, prune.
  const drain = async (stream: AsyncIterable<unknown>) => {
    const out: unknown[] = [];
    for await (const m of stream) out.push(m);
    return out;
  };
  seen.push(await drain(docker.imagePull({ fromImage: 'alpine', tag: 'latest' })));
  seen.push(await drain(docker.imagePull({ fromImage: 'node', tag: '18-alpine' })));
  await docker.imageTag('node:18-alpine', { repo: 'localhost:5000/app', tag: 'v1' });
  world.registry('localhost:5000');
  seen.push(await drain(docker.imagePush('localhost:5000/app', { tag: 'v1' })));
  seen.push(await docker.imageList());
  seen.push(await docker.imageHistory('localhost:5000/app:v1'));
  const archive = await docker.imageGet(['alpine']);
  seen.push(await world.client('ci').imageLoad(archive));
  seen.push(await drain(world.client('ci').imagePull({ fromImage: 'localhost:5000/app', tag: 'v1' })));
  seen.push(await docker.imageDelete('localhost:5000/app:v1'));
  seen.push(await docker.imagePrune({ filters: { dangling: ['false'] } }));
  seen.push(await world.client('ci').imageInspect('localhost:5000/app:v1'));
  return seen;
}
