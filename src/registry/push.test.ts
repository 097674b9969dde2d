import { describe, expect, it } from 'vitest';
import { addImage } from '../../test/support/images.js';
import { cliLines, collect, firstReadError } from '../../test/support/streams.js';
import { shortId } from '../core/ids.js';
import type { HostEvent } from '../daemon/context.js';
import { createWorld } from '../world/world.js';

const HUB = 'https://index.docker.io/v1/';

async function setup() {
  const world = createWorld({ seed: 5 });
  const docker = world.client();
  const events: HostEvent[] = [];
  world.onEvent((e) => events.push(e));
  world.registry('docker.io').addUser('myuser', 'secretpw');
  await collect(docker.imagePull({ fromImage: 'alpine', tag: 'latest' }));
  const app = addImage(world, { layers: [{}, { 'app/index.js': 'console.log("hi")\n' }], tags: [] });
  return { world, docker, events, app };
}

describe('docker push', () => {
  it('is denied without a login, after the Preparing lines', async () => {
    const { docker } = await setup();
    await docker.imageTag('alpine', { repo: 'docker.io/myuser/myimg', tag: 'v1' });
    const lines = cliLines(await collect(docker.imagePush('docker.io/myuser/myimg', { tag: 'v1' })));
    const alpineLayer = shortId((await docker.imageInspect('alpine')).RootFS.Layers[0]!);
    expect(lines).toEqual(['The push refers to repository [docker.io/myuser/myimg]', `${alpineLayer}: Preparing`, 'denied: requested access to the resource is denied']);
  });

  it('bad credentials fail before any layer is prepared', async () => {
    const { docker } = await setup();
    await docker.imageTag('alpine', { repo: 'myuser/myimg', tag: 'v1' });
    const lines = cliLines(await collect(docker.imagePush('myuser/myimg', { tag: 'v1', authconfig: { username: 'myuser', password: 'nope' } })));
    expect(lines).toEqual(['The push refers to repository [docker.io/myuser/myimg]', 'unauthorized: incorrect username or password']);
  });

  it('login checks the password; then layers are mounted from library/alpine or uploaded, and the digest reported', async () => {
    const { world, docker, events } = await setup();
    await expect(docker.systemAuth({ username: 'myuser', password: 'wrong', serveraddress: HUB })).rejects.toMatchObject({
      kind: 'Unauthorized',
      message: 'Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    });
    expect(docker.credentials.servers()).toEqual([]);
    expect(await docker.systemAuth({ username: 'myuser', password: 'secretpw', serveraddress: HUB })).toEqual({ Status: 'Login Succeeded', IdentityToken: '' });
    expect(docker.credentials.servers()).toEqual(['docker.io']);
    // An image on top of alpine: the base can be mounted, the new layer must be uploaded.
    const base = await docker.imageInspect('alpine');
    const cfg = (await import('../image/new-config.js')).newImageConfig;
    const { diffIdOf } = await import('../fs/layer-digest.js');
    const { buildTree } = await import('../fs/tree.js');
    const top = buildTree({ 'app/index.js': 'console.log("hi")\n' });
    const images = world.host().daemon.images;
    const baseImage = images.get('alpine');
    images.create({
      layers: [...images.layers(baseImage).map((l) => ({ tree: l.tree, size: l.size })), { tree: top }],
      config: cfg({ base: baseImage.config, diffIds: [...base.RootFS.Layers, diffIdOf(top)], created: 0, history: [{ created_by: 'COPY . /app # buildkit' }] }),
      tags: ['myuser/app:1.0'],
    });
    const messages = await collect(docker.imagePush('myuser/app', { tag: '1.0' }));
    const lines = cliLines(messages);
    const topId = shortId(diffIdOf(top));
    const baseId = shortId(base.RootFS.Layers[0]!);
    expect(lines.slice(0, 3)).toEqual(['The push refers to repository [docker.io/myuser/app]', `${topId}: Preparing`, `${baseId}: Preparing`]);
    expect(lines).toContain(`${baseId}: Mounted from library/alpine`);
    expect(lines).toContain(`${topId}: Pushed`);
    expect(messages.some((m) => m.status === 'Pushing' && m.id === topId)).toBe(true);
    const last = lines.at(-1)!;
    expect(last).toMatch(/^1\.0: digest: sha256:[0-9a-f]{64} size: \d+$/);
    const digest = last.split(' ')[2]!;
    expect(messages.at(-1)).toEqual({ progressDetail: {}, aux: { Tag: '1.0', Digest: digest, Size: Number(last.split(' ').at(-1)) } });
    expect(world.registry('docker.io').tags('myuser/app')).toEqual(['1.0']);
    expect((await docker.imageInspect('myuser/app:1.0')).RepoDigests).toEqual([`myuser/app@${digest}`]);
    expect(events.at(-1)?.event).toMatchObject({ Action: 'push', Actor: { ID: 'myuser/app:1.0', Attributes: { name: 'myuser/app' } } });
    // Pushing again: every layer already exists.
    const again = cliLines(await collect(docker.imagePush('myuser/app', { tag: '1.0' })));
    expect(again.filter((l) => l.endsWith('Layer already exists'))).toHaveLength(2);
    expect(again.at(-1)).toBe(last);
  });

  it('pushes to an open registry without a login; missing repositories and tags fail in the stream', async () => {
    const { world, docker, app } = await setup();
    await docker.imageTag(app.id, { repo: 'localhost:5000/app', tag: 'v1' });
    world.registry('localhost:5000');
    const lines = cliLines(await collect(docker.imagePush('localhost:5000/app', { tag: 'v1' })));
    expect(lines.filter((l) => l.endsWith('Pushed'))).toHaveLength(2);
    expect(world.registry('localhost:5000').tags('app')).toEqual(['v1']);
    expect(cliLines(await collect(docker.imagePush('localhost:5000/nothing', { tag: 'v1' })))).toEqual([
      'The push refers to repository [localhost:5000/nothing]',
      'An image does not exist locally with the tag: localhost:5000/nothing',
    ]);
    expect(cliLines(await collect(docker.imagePush('localhost:5000/app', { tag: 'v9' })))).toEqual([
      'The push refers to repository [localhost:5000/app]',
      'tag does not exist: localhost:5000/app:v9',
    ]);
    expect(await firstReadError(docker.imagePush(`localhost:5000/app@sha256:${'a'.repeat(64)}`))).toEqual({ kind: 'InvalidParameter', message: 'cannot push a digest reference' });
    const gone = cliLines(await collect(docker.imagePush('localhost:5001/x')));
    expect(gone).toEqual(['The push refers to repository [localhost:5001/x]', 'An image does not exist locally with the tag: localhost:5001/x']);
  });

  it('an htpasswd registry refuses anonymous pushes; collaborators may push to a hub repository', async () => {
    const { world, docker, app } = await setup();
    world.registry('reg.example.com', { users: { bob: 'pw2' }, requireAuth: true });
    await docker.imageTag(app.id, { repo: 'reg.example.com/app' });
    expect(cliLines(await collect(docker.imagePush('reg.example.com/app', { tag: 'latest' }))).at(-1)).toBe(
      'Post "https://reg.example.com/v2/app/blobs/uploads/": no basic auth credentials',
    );
    await docker.systemAuth({ username: 'bob', password: 'pw2', serveraddress: 'reg.example.com' });
    expect(cliLines(await collect(docker.imagePush('reg.example.com/app', { tag: 'latest' }))).at(-1)).toMatch(/^latest: digest: /);
    world.registry('docker.io').addUser('friend', 'pw').createRepository('myuser/shared', { collaborators: ['friend'] });
    await docker.imageTag(app.id, { repo: 'myuser/shared', tag: 'x' });
    await docker.systemAuth({ username: 'friend', password: 'pw', serveraddress: HUB });
    expect(cliLines(await collect(docker.imagePush('myuser/shared', { tag: 'x' }))).at(-1)).toMatch(/^x: digest: /);
    await docker.imageTag(app.id, { repo: 'myuser/notshared', tag: 'x' });
    expect(cliLines(await collect(docker.imagePush('myuser/notshared', { tag: 'x' }))).at(-1)).toBe('denied: requested access to the resource is denied');
  });

  it('login to registries without accounts always succeeds; unknown registries fail to dial', async () => {
    const { world, docker } = await setup();
    world.registry('localhost:5000');
    expect(await docker.systemAuth({ username: 'any', password: 'thing', serveraddress: 'localhost:5000' })).toEqual({ Status: 'Login Succeeded', IdentityToken: '' });
    world.registry('secure.example.com', { users: { bob: 'pw' }, requireAuth: true });
    await expect(docker.systemAuth({ username: 'bob', password: 'bad', serveraddress: 'secure.example.com' })).rejects.toMatchObject({
      message: 'login attempt to https://secure.example.com/v2/ failed with status: 401 Unauthorized',
    });
    await expect(docker.systemAuth({ username: 'bob', password: 'pw', serveraddress: 'nowhere.example.com' })).rejects.toMatchObject({
      message: 'Get "https://nowhere.example.com/v2/": dial tcp: lookup nowhere.example.com: no such host',
    });
    expect(docker.credentials.delete('localhost:5000')).toBe(true);
  });
});
