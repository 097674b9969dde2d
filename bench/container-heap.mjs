// Retained heap per idle running container at 10k containers, and structural sharing of state
// snapshots. Run after `npm run build`: node --expose-gc bench/container-heap.mjs
import { createWorld } from '../dist/index.js';
import { buildTree, diffIdOf } from '../dist/fs/index.js';
import { newImageConfig } from '../dist/image/new-config.js';

const N = Number(process.argv[2] ?? 10_000);
const world = createWorld({ seed: 1 });
// One image whose /idle names a program that sleeps for ever, in the real image store.
world.programs.define('idle', async (ctx) => {
  await ctx.clock.sleep(100_000_000);
  return 0;
});
const tree = buildTree({ '/idle': { file: '#!dockersim idle\n', mode: 0o755 } });
world.host().daemon.images.create({ layers: [{ tree }], config: newImageConfig({ config: { Cmd: ['/idle'] }, diffIds: [diffIdOf(tree)], created: 0 }), tags: ['idle'] });
const docker = world.client();
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
// Warm up code paths so that compiled code is not counted.
for (let i = 0; i < 50; i++) {
  const { Id } = await docker.containerCreate({ Image: 'idle' });
  await docker.containerStart(Id);
  await docker.containerDelete(Id, { force: true });
}
const before = heap();
for (let i = 0; i < N; i++) {
  const { Id } = await docker.containerCreate({ Image: 'idle' });
  await docker.containerStart(Id);
}
const after = heap();
const perContainer = (after - before) / N;
const snapshots = [];
const beforeSnapshots = heap();
const first = world.store.state;
for (let i = 0; i < 100; i++) {
  const [id] = [...world.host().state.containers.keys()].slice(i, i + 1);
  await docker.containerRename(id, `renamed${i}`);
  snapshots.push(world.store.state);
}
const perSnapshot = (heap() - beforeSnapshots) / 100;
console.log(`${N} idle running containers: ${Math.round(perContainer)} bytes retained per container (state record + process + timers)`);
console.log(`one more state snapshot after a rename at ${N} containers: ${Math.round(perSnapshot)} bytes (shared structure; a copy would be ~${Math.round(perContainer * N / 1024)} KiB)`);
console.log(`first snapshot still valid: ${first.hosts.default.containers.size} containers`);
world.dispose();
