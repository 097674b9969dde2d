/**
 * Image and registry behaviour on every face: pull (progress, errors before and after the first
 * message), the local store's verbs (list, inspect, history, tag, remove, prune), login and the
 * credentials a client then sends with push and pull, and save → load round trips.
 */
import { expect, it } from 'vitest';
import type { JsonMessage } from '../../src/image/json-message.js';
import { agree, collect, conformance, outcome } from './harness.js';

const HUB = 'https://index.docker.io/v1/';

/** The lines the docker CLI prints for a stream without a TTY: no progress bars, errors as text. */
const lines = (messages: readonly JsonMessage[]) =>
  messages.filter((m) => m.progress === undefined || m.progress === '').map((m) => m.errorDetail?.message ?? [m.id, m.status ?? m.stream?.trim()].filter(Boolean).join(': '));

conformance('images', (face) => {
  it('pulls an image with Docker\'s progress, then lists, inspects and tags it', async () => {
    const { docker } = face();
    const pulled = lines(await collect(docker.imagePull({ fromImage: 'alpine', tag: '3.19' })));
    expect(pulled[0]).toBe('3.19: Pulling from library/alpine');
    expect(pulled.at(-1)).toBe('Status: Downloaded newer image for alpine:3.19');
    expect(lines(await collect(docker.imagePull({ fromImage: 'docker.io/library/alpine', tag: '3.19' }))).at(-1)).toBe('Status: Image is up to date for alpine:3.19');
    const [summary] = await docker.imageList();
    expect(summary).toMatchObject({ RepoTags: ['alpine:3.19'], Containers: -1, SharedSize: -1 });
    const inspect = await docker.imageInspect('alpine:3.19');
    expect(inspect.Id).toBe(summary!.Id);
    expect((await docker.imageHistory('alpine:3.19')).length).toBeGreaterThan(0);
    await docker.imageTag('alpine:3.19', { repo: 'localhost:5000/mine', tag: 'v1' });
    expect((await docker.imageInspect('localhost:5000/mine:v1')).RepoTags).toEqual(['alpine:3.19', 'localhost:5000/mine:v1']);
    expect(await docker.imageList({ filters: { reference: ['localhost:5000/*'] } })).toHaveLength(1);
  });

  it('refuses what Docker refuses, before or during the stream', async () => {
    const { docker } = face();
    expect(await outcome(collect(docker.imagePull({ fromImage: 'nosuchthing', tag: 'latest' })))).toEqual({
      error: 'NotFound',
      message: "pull access denied for nosuchthing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    });
    expect(await outcome(collect(docker.imagePull({ fromImage: 'alpine', tag: 'nope' })))).toMatchObject({ error: 'NotFound' });
    expect(await outcome(docker.imageInspect('ghost'))).toEqual({ error: 'NotFound', message: 'No such image: ghost:latest' });
    expect(await outcome(docker.imageTag('ghost', { repo: 'x' }))).toMatchObject({ error: 'NotFound' });
    expect(await outcome(docker.imageDelete('ghost'))).toEqual({ error: 'NotFound', message: 'No such image: ghost:latest' });
    expect(await outcome(docker.imageList({ filters: { color: ['red'] } }))).toEqual({ error: 'InvalidParameter', message: "invalid filter 'color'" });
  });

  it('removes tags, then the image; prunes dangling images', async () => {
    const { docker } = face();
    await collect(docker.imagePull({ fromImage: 'busybox', tag: 'latest' }));
    await docker.imageTag('busybox', { repo: 'mybox' });
    expect(await docker.imageDelete('mybox')).toEqual([{ Untagged: 'mybox:latest' }]);
    const id = (await docker.imageInspect('busybox')).Id;
    const removed = await docker.imageDelete('busybox');
    expect(removed[0]).toEqual({ Untagged: 'busybox:latest' });
    expect(removed).toContainEqual({ Deleted: id });
    expect(await docker.imagePrune()).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
  });

  it('logs in, keeps the credentials, and sends them with push and pull', async () => {
    const { world, docker } = face();
    world.registry('localhost:5000', { users: { ci: 's3cret' }, requireAuth: true });
    await collect(docker.imagePull({ fromImage: 'alpine', tag: 'latest' }));
    await docker.imageTag('alpine', { repo: 'localhost:5000/app', tag: '1.0' });
    const denied = await outcome(collect(docker.imagePush('localhost:5000/app', { tag: '1.0' })));
    expect(denied).toMatchObject({ ok: expect.arrayContaining([expect.objectContaining({ errorDetail: expect.anything() })]) });
    expect(await outcome(docker.systemAuth({ username: 'ci', password: 'wrong', serveraddress: 'localhost:5000' }))).toEqual({
      error: 'Unauthorized',
      message: 'login attempt to https://localhost:5000/v2/ failed with status: 401 Unauthorized',
    });
    expect(await docker.systemAuth({ username: 'ci', password: 's3cret', serveraddress: 'localhost:5000' })).toEqual({ Status: 'Login Succeeded', IdentityToken: '' });
    expect(docker.credentials.servers()).toEqual(['localhost:5000']);
    const pushed = await collect(docker.imagePush('localhost:5000/app', { tag: '1.0' }));
    expect(pushed.at(-1)).toMatchObject({ aux: { Tag: '1.0' } });
    await docker.imageDelete('localhost:5000/app:1.0');
    const back = lines(await collect(docker.imagePull({ fromImage: 'localhost:5000/app', tag: '1.0' })));
    expect(back.at(-1)).toBe('Status: Downloaded newer image for localhost:5000/app:1.0');
    expect(await outcome(docker.systemAuth({ username: 'me', password: 'x', serveraddress: HUB }))).toMatchObject({ error: 'Unauthorized' });
  });

  it('searches Docker Hub: the catalogue and public pushes, with filters and limits', async () => {
    const { world, docker } = face();
    world.registry('docker.io').addUser('ann', 'pw').createRepository('ann/alpine-tools');
    await collect(docker.imagePull({ fromImage: 'alpine', tag: 'latest' }));
    await docker.systemAuth({ username: 'ann', password: 'pw', serveraddress: HUB });
    await docker.imageTag('alpine', { repo: 'ann/alpine-tools', tag: 'latest' });
    await collect(docker.imagePush('ann/alpine-tools', { tag: 'latest' }));
    const found = await docker.imageSearch({ term: 'alpine' });
    expect(found.map((r) => `${r.name} ${r.is_official}`)).toEqual(['alpine true', 'ann/alpine-tools false']);
    expect(found[0]).toEqual({ description: '', is_official: true, is_automated: false, name: 'alpine', star_count: 0 });
    expect((await docker.imageSearch({ term: 'alpine', filters: { 'is-official': ['false'] } })).map((r) => r.name)).toEqual(['ann/alpine-tools']);
    expect(await docker.imageSearch({ term: 'alpine', filters: { 'is-automated': ['true'] } })).toEqual([]);
    expect(await docker.imageSearch({ term: 'alpine', limit: 1 })).toHaveLength(1);
    expect(await outcome(docker.imageSearch({ term: 'alpine', limit: 101 }))).toEqual({ error: 'InvalidParameter', message: 'limit 101 is outside the range of [1, 100]' });
    expect(await outcome(docker.imageSearch({ term: 'alpine', filters: { stars: ['many'] } }))).toEqual({
      error: 'InvalidParameter',
      message: "invalid filter 'stars=many': strconv.Atoi: parsing \"many\": invalid syntax",
    });
    expect(await outcome(docker.imageSearch({ term: 'x', filters: { color: ['red'] } }))).toEqual({ error: 'InvalidParameter', message: "invalid filter 'color'" });
  });

  it('imports a tarball as a one-layer image, with changes and a message', async () => {
    const { docker } = face();
    await collect(docker.imagePull({ fromImage: 'hello-world', tag: 'latest' }));
    const { Id } = await docker.containerCreate({ Image: 'hello-world' });
    const tar = await docker.containerExport(Id);
    const [message] = await docker.imageImport(tar, { repo: 'imported', tag: 'v1', message: 'from an export', changes: ['CMD ["/hello"]', 'ENV A=1'] });
    const inspect = await docker.imageInspect('imported:v1');
    expect(message).toEqual({ status: inspect.Id });
    expect(inspect).toMatchObject({ Comment: 'from an export', Config: { Cmd: ['/hello'], Env: ['A=1'] }, Os: 'linux', Architecture: 'amd64', RootFS: { Type: 'layers' } });
    expect(inspect.RootFS.Layers).toHaveLength(1);
    expect((await docker.imageHistory('imported:v1')).map((h) => h.Comment)).toEqual(['from an export']);
    const anonymous = await docker.imageImport(tar);
    expect((await docker.imageInspect(anonymous[0]!.status!)).RepoTags).toEqual([]);
    expect(await outcome(docker.imageImport(tar, { changes: ['RUN echo no'] }))).toEqual({ error: 'InvalidParameter', message: 'run is not a valid change command' });
  });

  it('inspects what a registry serves without pulling', async () => {
    const { world, docker } = face();
    const index = await docker.distributionInspect('alpine');
    expect(index.Descriptor.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.Platforms.map((p) => `${p.os}/${p.architecture}`)).toContain('linux/amd64');
    expect(await docker.imageList()).toEqual([]);
    world.registry('localhost:5000');
    await collect(docker.imagePull({ fromImage: 'hello-world', tag: 'latest' }));
    await docker.imageTag('hello-world', { repo: 'localhost:5000/hello', tag: 'v1' });
    const pushed = await collect(docker.imagePush('localhost:5000/hello', { tag: 'v1' }));
    const digest = (pushed.at(-1)!.aux as { Digest: string }).Digest;
    const single = await docker.distributionInspect('localhost:5000/hello:v1');
    expect(single).toMatchObject({ Descriptor: { digest }, Platforms: [{ os: 'linux', architecture: 'amd64' }] });
    expect((await docker.distributionInspect(`localhost:5000/hello@${digest}`)).Descriptor).toEqual(single.Descriptor);
    expect(await outcome(docker.distributionInspect('localhost:5000/hello:v2'))).toEqual({ error: 'NotFound', message: 'unknown tag=v2' });
    expect(await outcome(docker.distributionInspect('nosuchthing'))).toMatchObject({ error: 'NotFound' });
  });

  it('saves images to a tar and loads them back', async () => {
    const { docker } = face();
    await collect(docker.imagePull({ fromImage: 'hello-world', tag: 'latest' }));
    const id = (await docker.imageInspect('hello-world')).Id;
    const tar = await docker.imageGet('hello-world');
    await docker.imageDelete('hello-world');
    expect(await docker.imageLoad(tar, { quiet: true })).toEqual([{ stream: 'Loaded image: hello-world:latest\n' }]);
    expect((await docker.imageInspect('hello-world')).Id).toBe(id);
    expect(await outcome(docker.imageLoad(new Uint8Array(1024)))).toEqual({ error: 'Internal', message: 'open /var/lib/docker/tmp/docker-import-0000000000/repositories: no such file or directory' });
  });
});

agree('a day with images: pull, tag, save, load, remove, login', async ({ world, docker }) => {
  world.registry('localhost:5000');
  const pull = await collect(docker.imagePull({ fromImage: 'alpine', tag: 'latest' }));
  await docker.imageTag('alpine', { repo: 'localhost:5000/alpine', tag: 'mine' });
  const push = await collect(docker.imagePush('localhost:5000/alpine', { tag: 'mine' }));
  const saved = await docker.imageGet(['alpine:latest']);
  const removed = await docker.imageDelete('alpine', { force: true });
  const loaded = await docker.imageLoad(saved, { quiet: false });
  return {
    pull,
    push,
    removed,
    loaded,
    list: await docker.imageList({ all: true }),
    inspect: await docker.imageInspect('localhost:5000/alpine:mine'),
    history: await docker.imageHistory('alpine'),
    login: await docker.systemAuth({ username: 'anyone', password: 'x', serveraddress: 'localhost:5000' }),
    missing: await outcome(collect(docker.imagePull({ fromImage: 'localhost:5000/none', tag: 'latest' }))),
    events: (await collect(docker.systemEvents({ since: 0, until: world.clock.now() }))).map((e) => `${e.Type} ${e.Action} ${e.Actor.ID}`),
  };
});
