/**
 * Pulls through the content-addressed store (issue 3): a 5-layer image into a host that already
 * has 4 of the layers versus into an empty host — only the missing layer should cost — and the
 * sha256 our digests use (@noble/hashes, browser-safe) against Node's native one on the same bytes.
 * Each pull starts from the same world state (immutable: `store.replace(snapshot)` costs the same
 * in both cases).
 */
import { createHash } from 'node:crypto';
import { bench, describe } from 'vitest';
import { sha256Hex } from '../src/core/digest.js';
import { buildTree, type TreeSpec } from '../src/fs/tree.js';
import { createWorld } from '../src/world/world.js';

const world = createWorld({ seed: 1, hosts: ['warm'] });
const registry = world.registry('localhost:5000');
const layer = (n: number): TreeSpec => Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`layer${n}/dir${i % 5}/file${i}.txt`, `layer ${n} file ${i}\n`.repeat(20)]));
const trees = [0, 1, 2, 3, 4].map((n) => buildTree(layer(n)));
registry.addImage('app:5', { layers: trees });
registry.addImage('base:4', { layers: trees.slice(0, 4) });

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) void _;
}

const cold = world.client();
const warm = world.client('warm');
await drain(warm.imagePull({ fromImage: 'localhost:5000/base', tag: '4' }));
const snapshot = world.store.state;

describe('pull with shared layers', () => {
  bench('pull 5 layers into an empty host', async () => {
    world.store.replace(snapshot);
    await drain(cold.imagePull({ fromImage: 'localhost:5000/app', tag: '5' }));
  }, { time: 1500, warmupTime: 300 });
  bench('pull 5 layers into a host that has 4', async () => {
    world.store.replace(snapshot);
    await drain(warm.imagePull({ fromImage: 'localhost:5000/app', tag: '5' }));
  }, { time: 1500, warmupTime: 300 });
});

const bytes = new Uint8Array(1 << 20);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;

describe('sha256 throughput', () => {
  bench('@noble/hashes sha256 of 1 MiB', () => {
    sha256Hex(bytes);
  }, { time: 1500, warmupTime: 300 });
  bench('node:crypto sha256 of 1 MiB', () => {
    createHash('sha256').update(bytes).digest('hex');
  }, { time: 1500, warmupTime: 300 });
});
