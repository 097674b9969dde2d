/**
 * A scenario exercising what the simulation can do so far; the determinism test runs it on two
 * worlds with one seed and demands identical results. Each domain adds its everyday calls here.
 */
import type { World } from '../../src/world/world.js';
import { addImage } from '../helpers/container-world.js';

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
  // Containers: create (random name), start, logs, stop after the 10 s timeout, list, remove.
  // Until this scenario pulls images, one image built in place stands in for a pull.
  world.programs.define('app', async (ctx) => {
    ctx.stdout.write(`hello from ${ctx.hostname}\n`);
    await ctx.clock.sleep(60_000);
    return 0;
  });
  addImage(world.host().daemon.images, 'app', { '/usr/bin/app': { file: '#!dockersim app\n', mode: 0o755 } }, { Cmd: ['app'], Env: ['PATH=/usr/bin'] });
  const { Id } = await docker.containerCreate({ Image: 'app' });
  await docker.containerStart(Id);
  await world.clock.hold(world.clock.sleep(2_000));
  for await (const entry of docker.containerLogs(Id, { timestamps: true })) seen.push(entry);
  await docker.containerStop(Id);
  seen.push(await docker.containerList({ all: true }));
  seen.push(await docker.containerInspect(Id));
  await docker.containerDelete(Id);
  // Networks and volumes: user networks take the next default pools, volumes get their names.
  seen.push(await docker.networkCreate({ Name: 'todo-app', Labels: { app: 'todo' } }));
  seen.push(await docker.networkCreate({ Name: 'fixed', IPAM: { Config: [{ Subnet: '10.5.0.0/24', Gateway: '10.5.0.254' }] } }));
  seen.push(await docker.networkInspect('todo-app'));
  seen.push(await docker.networkList({ filters: { type: ['custom'] } }));
  seen.push(await docker.volumeCreate({ Name: 'todo-db' }));
  seen.push(await docker.volumeCreate({ Labels: { scratch: 'yes' } }));
  seen.push(await docker.volumeList({ filters: { dangling: ['true'] } }));
  world.host().fs.mkdir('/home/me/app', { recursive: true });
  world.host().fs.writeFile('/home/me/app/package.json', '{"name":"todo"}');
  seen.push(world.host().fs.readdir('/home/me/app'));
  seen.push(await world.host().connect(3000).catch((err: Error) => err.message));
  seen.push(await docker.systemDataUsage());
  seen.push(await docker.volumePrune());
  seen.push(await docker.networkPrune({ filters: { label: ['app=todo'] } }));
  return seen;
}
