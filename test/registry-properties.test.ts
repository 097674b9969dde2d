/**
 * Properties of distribution: content addressing survives a round trip through a registry, and
 * shared layers travel once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeSpec } from '../src/testing/arbitraries.js';
import { createWorld } from '../src/world/world.js';
import { addImage } from './support/images.js';
import { cliLines, collect } from './support/streams.js';

describe('distribution properties', () => {
  it('push then pull into a fresh host yields the same image ID and RepoDigests', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(treeSpec(6), { minLength: 1, maxLength: 3 }), fc.constantFrom('localhost:5000', 'docker.io'), async (layers, registry) => {
        const world = createWorld({ seed: 11, hosts: ['fresh'] });
        if (registry === 'docker.io') world.registry('docker.io').addUser('dev', 'pw');
        else world.registry(registry);
        const repo = registry === 'docker.io' ? 'dev/app' : `${registry}/app`;
        const image = addImage(world, { layers, tags: [`${repo}:1`] });
        const dev = world.client();
        if (registry === 'docker.io') await dev.systemAuth({ username: 'dev', password: 'pw' });
        const pushed = cliLines(await collect(dev.imagePush(repo, { tag: '1' })));
        expect(pushed.at(-1)).toMatch(/^1: digest: sha256:/);
        const fresh = world.client('fresh');
        if (registry === 'docker.io') await fresh.systemAuth({ username: 'dev', password: 'pw' });
        await collect(fresh.imagePull({ fromImage: repo, tag: '1' }));
        const there = await fresh.imageInspect(`${repo}:1`);
        const here = await dev.imageInspect(`${repo}:1`);
        expect(there.Id).toBe(image.id);
        expect(there.RepoDigests).toEqual(here.RepoDigests);
        expect(there.RootFS.Layers).toEqual(here.RootFS.Layers);
        world.dispose();
      }),
      { numRuns: 25 },
    );
  });

  it('two images sharing a base upload the shared blobs once', async () => {
    await fc.assert(
      fc.asyncProperty(treeSpec(5), treeSpec(4), treeSpec(4), fc.boolean(), async (base, a, b, sameRepo) => {
        const key = (x: unknown) => JSON.stringify(x, (_, v: unknown) => (v instanceof Uint8Array ? [...v] : v));
        fc.pre(new Set([key(base), key(a), key(b)]).size === 3); // three distinct layers
        const world = createWorld({ seed: 3 });
        world.registry('localhost:5000');
        const docker = world.client();
        const first = addImage(world, { layers: [base, a], tags: ['localhost:5000/one:1'] });
        const second = addImage(world, { layers: [base, b], tags: [sameRepo ? 'localhost:5000/one:2' : 'localhost:5000/two:1'] });
        const lines = [
          ...cliLines(await collect(docker.imagePush('localhost:5000/one', { tag: '1' }))),
          ...cliLines(await collect(docker.imagePush(sameRepo ? 'localhost:5000/one' : 'localhost:5000/two', { tag: sameRepo ? '2' : '1' }))),
        ];
        const baseId = first.config.rootfs.diff_ids[0]!.slice(7, 19);
        expect(second.config.rootfs.diff_ids[0]).toBe(first.config.rootfs.diff_ids[0]);
        expect(lines.filter((l) => l === `${baseId}: Pushed`)).toHaveLength(1);
        expect(lines.filter((l) => l === (sameRepo ? `${baseId}: Layer already exists` : `${baseId}: Mounted from one`))).toHaveLength(1);
        world.dispose();
      }),
      { numRuns: 25 },
    );
  });
});
