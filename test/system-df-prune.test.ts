/**
 * `docker system df` and `docker system prune` through the typed client: local volumes with their
 * size and reference counts, containers listed; prune removes stopped containers, unused networks
 * and — only with `volumes` — unused anonymous volumes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { World } from '../src/world/world.js';
import { networkWorld, run } from './helpers/network-world.js';

let world: World;
afterEach(() => world?.dispose());

describe('system df', () => {
  it('reports local volumes with size and reference count, and every container', async () => {
    world = networkWorld(41);
    const docker = world.client();
    const id = await run(docker, 'writer', ['write', '/data/file', 'x'.repeat(1000)], { binds: ['data:/data'] });
    await docker.containerWait(id);
    await docker.volumeCreate({ Name: 'idle' });
    await docker.volumeCreate({ Name: 'tmp', DriverOpts: { type: 'tmpfs', device: 'tmpfs' } });
    const df = await docker.systemDataUsage();
    expect(df.Volumes.map((v) => [v.Name, v.UsageData])).toEqual([
      ['data', { Size: 1000, RefCount: 1 }],
      ['idle', { Size: 0, RefCount: 0 }],
    ]);
    expect(df.Containers.map((c) => c.Names)).toEqual([['/writer']]);
    expect(df.BuildCache).toEqual([]);
    expect(df.LayersSize).toBe(df.Images.length > 0 ? df.LayersSize : 0);
    expect(df.Images.find((i) => i.RepoTags.includes('alpine:latest'))).toMatchObject({ Containers: 1 });
  });
});

describe('system prune', () => {
  it('removes stopped containers and unused networks; volumes only when asked, anonymous ones only', async () => {
    world = networkWorld(42);
    const docker = world.client();
    await docker.networkCreate({ Name: 'unused' });
    await docker.networkCreate({ Name: 'busy' });
    await run(docker, 'up', ['sleep', '1000'], { network: 'busy' });
    const done = await run(docker, 'done', ['write', '/scratch/x', 'abc'], { binds: ['/scratch', 'named:/named'] });
    await docker.containerWait(done);

    const first = await docker.systemPrune();
    // The helper re-tags `alpine`, leaving the first one dangling: the image prune takes it.
    expect(first).toMatchObject({ ContainersDeleted: [done], NetworksDeleted: ['unused'], VolumesDeleted: null, CachesDeleted: null });
    expect(first.ImagesDeleted?.every((item) => item.Deleted?.startsWith('sha256:'))).toBe(true);
    expect((await docker.volumeList()).Volumes).toHaveLength(2);

    const second = await docker.systemPrune({ volumes: true, all: true });
    expect(second.VolumesDeleted).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(second.ImagesDeleted).toEqual(expect.arrayContaining([{ Untagged: 'hello-world:latest' }]));
    expect(second.SpaceReclaimed).toBeGreaterThan(3);
    expect((await docker.volumeList()).Volumes.map((v) => v.Name)).toEqual(['named']);
    expect((await docker.networkList()).map((n) => n.Name)).toEqual(['bridge', 'host', 'none', 'busy']);
    expect((await docker.containerList()).map((c) => c.Names[0])).toEqual(['/up']);
  });
});

describe('save and load', () => {
  it('restore networks, pools, ports and volume data exactly, and the IPAM continues from there', async () => {
    world = networkWorld(43);
    const docker = world.client();
    await docker.networkCreate({ Name: 'app' });
    const id = await run(docker, 'web', ['write', '/data/x', 'kept'], { network: 'app', binds: ['data:/data'], ports: { '80/tcp': '8080' } });
    await docker.containerWait(id);
    await run(docker, 'up', ['sleep', '1000'], { network: 'app', ports: { '80/tcp': '8081' } });
    const saved = world.save();
    const { createWorld } = await import('../src/world/world.js');
    const restored = createWorld({ from: JSON.parse(JSON.stringify(saved)) });
    try {
      expect(JSON.stringify(restored.save().state)).toBe(JSON.stringify(saved.state));
      const again = restored.client();
      expect((await again.networkCreate({ Name: 'next' })) && (await again.networkInspect('next')).IPAM.Config![0]!.Subnet).toBe('172.19.0.0/16');
      expect(new TextDecoder().decode((restored.host().daemon.volumes.data('data').entries.get('x') as { data: Uint8Array }).data)).toBe('kept');
    } finally {
      restored.dispose();
    }
  });
});
