/**
 * Networks, volumes, `system df` and `system prune` on every face: the HTTP client must observe
 * what the in-process client does — records, errors, and the sums of a system prune.
 */
import { expect, it } from 'vitest';
import { equipWorld } from '../helpers/container-world.js';
import { agree, collect, conformance, outcome } from './harness.js';

conformance('networks and volumes', (face) => {
  it('creates, connects, inspects, disconnects and removes a network', async () => {
    const { world, docker } = face();
    equipWorld(world, ['alpine']);
    const created = await docker.networkCreate({ Name: 'backend', Labels: { tier: 'db' } });
    expect(created.Warning).toBe('');
    expect(await outcome(docker.networkCreate({ Name: 'backend' }))).toEqual({ error: 'Conflict', message: 'network with name backend already exists' });
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '600'] }, { name: 'db' });
    await docker.containerStart(Id);
    await docker.networkConnect('backend', { Container: 'db', EndpointConfig: { Aliases: ['database'] } });
    const inspect = await docker.networkInspect('backend');
    expect(Object.keys(inspect.Containers ?? {})).toEqual([Id]);
    expect((await docker.networkList({ filters: { label: ['tier=db'] } })).map((n) => n.Name)).toEqual(['backend']);
    expect(await outcome(docker.networkDelete('backend'))).toMatchObject({ error: 'Forbidden' });
    await docker.networkDisconnect('backend', { Container: 'db' });
    await docker.networkDelete('backend');
    expect(await outcome(docker.networkInspect('backend'))).toEqual({ error: 'NotFound', message: 'network backend not found' });
  });

  it('creates, lists, inspects and removes volumes; refuses one in use', async () => {
    const { world, docker } = face();
    equipWorld(world, ['alpine']);
    const volume = await docker.volumeCreate({ Name: 'data', Labels: { keep: 'yes' } });
    expect(volume).toMatchObject({ Name: 'data', Driver: 'local', Mountpoint: '/var/lib/docker/volumes/data/_data' });
    expect((await docker.volumeList()).Volumes.map((v) => v.Name)).toEqual(['data']);
    await docker.containerCreate({ Image: 'alpine', Cmd: ['true'], HostConfig: { Binds: ['data:/data'] } }, { name: 'user' });
    expect(await outcome(docker.volumeDelete('data'))).toMatchObject({ error: 'Conflict' });
    await docker.containerDelete('user');
    await docker.volumeDelete('data');
    expect(await outcome(docker.volumeInspect('data'))).toEqual({ error: 'NotFound', message: 'get data: no such volume' });
    expect(await outcome(docker.volumeDelete('data', { force: true }))).toEqual({ ok: undefined });
  });

  it('reports disk usage and prunes the system as docker system prune does', async () => {
    const { world, docker } = face();
    equipWorld(world, ['alpine']);
    await docker.volumeCreate({});
    await docker.networkCreate({ Name: 'unused' });
    await docker.containerCreate({ Image: 'alpine', Cmd: ['true'] });
    const df = await docker.systemDataUsage();
    expect([df.Images.length, df.Containers.length, df.Volumes.length]).toEqual([1, 1, 1]);
    const report = await docker.systemPrune({ volumes: true });
    expect(report).toMatchObject({ NetworksDeleted: ['unused'], ImagesDeleted: null });
    expect(report.ContainersDeleted).toHaveLength(1);
    expect(report.VolumesDeleted).toHaveLength(1);
    expect((await docker.volumeList()).Volumes).toEqual([]);
  });
});

agree('a day with networks and volumes', async ({ world, docker }) => {
  equipWorld(world, ['alpine']);
  await docker.networkCreate({ Name: 'app', IPAM: { Config: [{ Subnet: '10.9.0.0/24' }] } });
  await docker.volumeCreate({ Name: 'files' });
  const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '600'], HostConfig: { NetworkMode: 'app', Binds: ['files:/files'] } }, { name: 'web' });
  await docker.containerStart(Id);
  return {
    network: await docker.networkInspect('app'),
    networks: await docker.networkList(),
    volumes: await docker.volumeList(),
    container: (await docker.containerInspect('web')).NetworkSettings,
    df: await docker.systemDataUsage(),
    pruned: await docker.systemPrune({ all: true, volumes: true }),
    events: (await collect(docker.systemEvents({ since: 0, until: world.clock.now() }))).map((e) => `${e.Type} ${e.Action}`),
  };
});
