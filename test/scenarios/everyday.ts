/**
 * A scenario exercising what the simulation can do so far; the determinism test runs it on two
 * worlds with one seed and demands identical results. Each domain adds its everyday calls here.
 */
import type { World } from '../../src/world/world.js';
import { addImage } from '../helpers/container-world.js';
import { bodyText, readRequest, StreamReader, writeResponse } from '../../src/network/http/codec.js';

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
  // The getting-started app on its network: a published port, a named volume, a bind mount.
  world.programs.define('todo', async (ctx) => {
    const listener = ctx.net.listen(3000);
    for (;;) {
      const socket = await listener.accept();
      if (!socket) return 0;
      const request = await readRequest(new StreamReader(socket));
      const items = ctx.fs.exists('/etc/todos/items') ? new TextDecoder().decode(ctx.fs.readFile('/etc/todos/items')) : '';
      if (request?.method === 'POST') ctx.fs.writeFile('/etc/todos/items', `${items}${bodyText(request)}\n`);
      writeResponse(socket, { status: 200, body: `${ctx.hostname}: ${ctx.fs.exists('/etc/todos/items') ? new TextDecoder().decode(ctx.fs.readFile('/etc/todos/items')) : ''}` });
      socket.end();
    }
  });
  addImage(world.host().daemon.images, 'todo', { '/usr/bin/todo': { file: '#!dockersim todo\n', mode: 0o755 }, '/etc/todos/items': 'seeded\n' }, { Cmd: ['todo'], Env: ['PATH=/usr/bin'], ExposedPorts: { '3000/tcp': {} } });
  const todo = await docker.containerCreate(
    { Image: 'todo', HostConfig: { NetworkMode: 'todo-app', PortBindings: { '3000/tcp': [{ HostIp: '', HostPort: '3000' }] }, Binds: ['todo-db:/etc/todos', '/home/me/app:/app:ro'] }, NetworkingConfig: { EndpointsConfig: { 'todo-app': { Aliases: ['todo'] } } } },
    { name: 'todo' },
  );
  await docker.containerStart(todo.Id);
  seen.push(bodyText(await world.host().request('http://localhost:3000/items', { method: 'POST', body: 'buy milk' })));
  seen.push(await docker.containerInspect(todo.Id));
  seen.push(await docker.networkInspect('todo-app'));
  await docker.containerDelete(todo.Id, { force: true, volumes: true });
  seen.push(await docker.volumeInspect('todo-db'));
  seen.push(await docker.systemDataUsage());
  seen.push(await docker.volumePrune());
  seen.push(await docker.networkPrune({ filters: { label: ['app=todo'] } }));
  return seen;
}
