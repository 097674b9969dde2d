/**
 * hello-world create → wait → start → exit → rm cycles through the in-process client, against a
 * bare mutable baseline (a Map of plain objects doing the same bookkeeping), and the cost of a
 * cycle with 10 vs 10k other containers on the host (should be flat).
 */
import { bench, describe } from 'vitest';
import type { World } from '../src/world/world.js';
import { containerWorld } from '../test/helpers/container-world.js';

async function cycle(world: World): Promise<void> {
  const docker = world.client();
  const { Id } = await docker.containerCreate({ Image: 'hello-world' });
  const exited = docker.containerWait(Id, 'next-exit');
  await docker.containerStart(Id);
  await exited;
  await docker.containerDelete(Id);
}

async function populated(others: number): Promise<World> {
  const world = containerWorld(11);
  const docker = world.client();
  for (let i = 0; i < others; i++) await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1000'] });
  return world;
}

interface BareContainer {
  id: string;
  name: string;
  status: string;
  exitCode: number;
  startedAt: number;
  finishedAt: number;
  log: string[];
}

/** The same bookkeeping with a mutable Map and no model: what "doing nothing extra" costs. */
async function bareCycle(map: Map<string, BareContainer>, n: number): Promise<void> {
  const id = n.toString(16).padStart(64, '0');
  const c: BareContainer = { id, name: `/c${n}`, status: 'created', exitCode: 0, startedAt: 0, finishedAt: 0, log: [] };
  map.set(id, c);
  c.status = 'running';
  c.startedAt = n;
  await Promise.resolve();
  c.log.push('Hello from Docker!\n');
  c.status = 'exited';
  c.finishedAt = n;
  map.delete(id);
}

const OPTIONS = { time: 1500, warmupTime: 300 };

describe('container cycle', () => {
  const world = containerWorld(10);
  bench('hello-world cycle (in-process)', () => cycle(world), OPTIONS);
  const map = new Map<string, BareContainer>();
  let n = 0;
  bench('bare mutable baseline cycle', () => bareCycle(map, n++), OPTIONS);
});

describe('container cycle scaling', () => {
  let small: World | undefined;
  let large: World | undefined;
  bench('cycle @10 others', async () => cycle((small ??= await populated(10))), OPTIONS);
  bench('cycle @10k others', async () => cycle((large ??= await populated(10_000))), { ...OPTIONS, setup: async () => void (large ??= await populated(10_000)) });
});
