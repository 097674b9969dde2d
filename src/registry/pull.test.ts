import { describe, expect, it } from 'vitest';
import { cliLines, collect, firstReadError } from '../../test/support/streams.js';
import { shortId } from '../core/ids.js';
import type { HostEvent } from '../daemon/context.js';
import { createWorld } from '../world/world.js';

function setup(seed = 1) {
  const world = createWorld({ seed });
  const docker = world.client();
  const events: HostEvent[] = [];
  world.onEvent((e) => events.push(e));
  return { world, docker, events };
}

describe('docker pull', () => {
  it('pulls a tag: layers fetched, tagged, RepoDigests recorded, a pull event', async () => {
    const { docker, events } = setup();
    const messages = await collect(docker.imagePull({ fromImage: 'docker.io/library/alpine', tag: 'latest' }));
    const lines = cliLines(messages);
    const layer = lines[1]!.split(':')[0]!;
    expect(lines).toEqual([
      'latest: Pulling from library/alpine',
      `${layer}: Pulling fs layer`,
      `${layer}: Verifying Checksum`,
      `${layer}: Download complete`,
      `${layer}: Pull complete`,
      expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/),
      'Status: Downloaded newer image for alpine:latest',
    ]);
    expect(messages.find((m) => m.status === 'Downloading')).toMatchObject({ progressDetail: { total: 3_642_247 }, id: layer });
    const digest = lines[5]!.slice('Digest: '.length);
    const inspect = await docker.imageInspect('alpine');
    expect(inspect).toMatchObject({ RepoTags: ['alpine:latest'], RepoDigests: [`alpine@${digest}`], Size: 7_834_092, Config: { Cmd: ['/bin/sh'] } });
    expect(inspect.Metadata.LastTagTime).toBe('0001-01-01T00:00:00Z');
    expect(events.map((e) => e.event)).toEqual([expect.objectContaining({ Type: 'image', Action: 'pull', Actor: { ID: 'alpine:latest', Attributes: { name: 'alpine' } } })]);
    expect(layer).toBe(shortId(messages.find((m) => m.status === 'Pull complete')!.id!));
  });

  it('says up to date, with no layer lines, when the image is already there', async () => {
    const { docker } = setup();
    await collect(docker.imagePull({ fromImage: 'alpine', tag: 'latest' }));
    const lines = cliLines(await collect(docker.imagePull({ fromImage: 'alpine', tag: 'latest' })));
    expect(lines).toEqual(['latest: Pulling from library/alpine', expect.stringMatching(/^Digest: /), 'Status: Image is up to date for alpine:latest']);
    await docker.imageTag('alpine', { repo: 'alpine', tag: '3.21' });
    await docker.imageDelete('alpine:3.21');
    expect(cliLines(await collect(docker.imagePull({ fromImage: 'alpine', tag: '3.21' }))).at(-1)).toBe('Status: Downloaded newer image for alpine:3.21');
  });

  it('fetches only the layers the host lacks: "Already exists" for the shared base', async () => {
    const { docker } = setup();
    await collect(docker.imagePull({ fromImage: 'alpine', tag: 'latest' }));
    const lines = cliLines(await collect(docker.imagePull({ fromImage: 'node', tag: '18-alpine' })));
    const base = (await docker.imageInspect('alpine')).RootFS.Layers[0];
    const node = await docker.imageInspect('node:18-alpine');
    expect(node.RootFS.Layers[0]).toBe(base);
    expect(lines[1]).toMatch(/^[0-9a-f]{12}: Already exists$/);
    expect(lines.filter((l) => l.endsWith('Pulling fs layer'))).toHaveLength(3);
    expect(lines.filter((l) => l.endsWith('Pull complete'))).toHaveLength(3);
    expect(node.Size).toBeGreaterThan(120e6);
  });

  it('downloads at most three layers at a time; the others wait', async () => {
    const { docker } = setup();
    const lines = cliLines(await collect(docker.imagePull({ fromImage: 'nginx', tag: 'latest' })));
    const waiting = lines.filter((l) => l.endsWith(': Waiting')).map((l) => l.slice(0, 12));
    expect(waiting).toHaveLength(4);
    const firstComplete = lines.findIndex((l) => l.endsWith('Download complete'));
    expect(firstComplete).toBeGreaterThan(lines.findIndex((l) => l.endsWith('Waiting')));
    // Extraction is in order: Pull complete lines follow the layer order of the Pulling fs layer lines.
    const order = lines.filter((l) => l.endsWith('Pulling fs layer')).map((l) => l.slice(0, 12));
    expect(lines.filter((l) => l.endsWith('Pull complete')).map((l) => l.slice(0, 12))).toEqual(order);
  });

  it('paces transfers by the registry bandwidth in virtual time', async () => {
    const { world, docker } = setup();
    world.registry('docker.io').setTransfer({ bandwidth: 1_000_000, latency: 50 });
    const start = world.clock.now();
    const t0 = performance.now();
    const messages = await collect(docker.imagePull({ fromImage: 'alpine', tag: 'latest' }));
    const elapsed = world.clock.now() - start;
    expect(elapsed).toBeGreaterThan(3_642); // 3.64 MB at 1 MB/s, plus round trips and extraction
    expect(elapsed).toBeLessThan(4_500);
    const downloading = messages.filter((m) => m.status === 'Downloading');
    expect(downloading.length).toBeGreaterThanOrEqual(30);
    const currents = downloading.map((m) => m.progressDetail!.current!);
    expect([...currents].sort((a, b) => a - b)).toEqual(currents);
    expect(downloading.at(-1)!.progress).toBe('[==================================================>]  3.642MB/3.642MB');
    expect(performance.now() - t0).toBeLessThan(3_000);
  });

  it('pulls by digest: the status names the digest and RepoDigests has it', async () => {
    const { docker } = setup();
    const first = cliLines(await collect(docker.imagePull({ fromImage: 'busybox', tag: 'latest' })));
    const digest = first.find((l) => l.startsWith('Digest: '))!.slice(8);
    await docker.imageDelete('busybox');
    const lines = cliLines(await collect(docker.imagePull({ fromImage: 'busybox', tag: digest })));
    expect(lines[0]).toBe(`${digest}: Pulling from library/busybox`);
    expect(lines.at(-1)).toBe(`Status: Downloaded newer image for busybox@${digest}`);
    expect((await docker.imageInspect(`busybox@${digest}`)).RepoTags).toEqual([]);
  });

  it('chooses the platform from the index; a missing platform fails in the stream', async () => {
    const { docker } = setup();
    await collect(docker.imagePull({ fromImage: 'alpine', tag: '3.19', platform: 'linux/arm64' }));
    expect(await docker.imageInspect('alpine:3.19')).toMatchObject({ Architecture: 'arm64', Variant: 'v8' });
    const lines = cliLines(await collect(docker.imagePull({ fromImage: 'alpine', tag: '3.20', platform: 'linux/s390x' })));
    expect(lines).toEqual(['3.20: Pulling from library/alpine', 'no matching manifest for linux/s390x in the manifest list entries']);
  });

  it.each([
    ['nosuchimage', 'latest', 'NotFound', "pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"],
    ['someone/private', 'latest', 'NotFound', "pull access denied for someone/private, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"],
    ['alpine', 'nope', 'NotFound', 'manifest for alpine:nope not found: manifest unknown: manifest unknown'],
    ['nohost.example.com/app', 'latest', 'Internal', 'Get "https://nohost.example.com/v2/": dial tcp: lookup nohost.example.com: no such host'],
    ['localhost:5000/app', 'latest', 'Internal', 'Get "https://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused'],
    ['Bad', 'latest', 'InvalidParameter', 'invalid reference format: repository name (library/Bad) must be lowercase'],
  ])('%s:%s fails before streaming: %s %s', async (name, tag, kind, message) => {
    const { world, docker } = setup();
    world.registry('docker.io').addUser('someone', 'pw').addImage('someone/private:latest', { layers: [{ a: 'b' }] });
    world.registry('docker.io').setPrivate('someone/private', true);
    expect(await firstReadError(docker.imagePull({ fromImage: name, tag }))).toEqual({ kind, message });
    expect((await docker.imageList()).length).toBe(0);
  });

  it('private repositories are pulled by their owner once logged in', async () => {
    const { world, docker } = setup();
    world.registry('docker.io').addUser('someone', 'pw').addImage('someone/private:v1', { layers: [{ secret: 'x' }] });
    world.registry('docker.io').setPrivate('someone/private', true);
    await docker.systemAuth({ username: 'someone', password: 'pw', serveraddress: 'https://index.docker.io/v1/' });
    expect(cliLines(await collect(docker.imagePull({ fromImage: 'someone/private', tag: 'v1' }))).at(-1)).toBe('Status: Downloaded newer image for someone/private:v1');
    expect(await firstReadError(world.client().imagePull({ fromImage: 'someone/private', tag: 'v1' }))).toMatchObject({ kind: 'NotFound' });
  });

  it('a registry behind htpasswd wants credentials for everything', async () => {
    const { world, docker } = setup();
    world.registry('reg.example.com', { users: { bob: 'pw2' }, requireAuth: true }).addImage('team/app:1', { layers: [{ app: 'x' }] });
    expect(await firstReadError(docker.imagePull({ fromImage: 'reg.example.com/team/app', tag: '1' }))).toEqual({
      kind: 'Unauthorized',
      message: 'Head "https://reg.example.com/v2/team/app/manifests/1": no basic auth credentials',
    });
    await docker.systemAuth({ username: 'bob', password: 'pw2', serveraddress: 'reg.example.com' });
    expect(cliLines(await collect(docker.imagePull({ fromImage: 'reg.example.com/team/app', tag: '1' }))).at(-1)).toBe('Status: Downloaded newer image for reg.example.com/team/app:1');
    expect(await firstReadError(docker.imagePull({ fromImage: 'reg.example.com/team/nope', tag: '1' }))).toEqual({
      kind: 'NotFound',
      message: 'repository reg.example.com/team/nope not found: name unknown: repository name not known to registry',
    });
  });

  it('pulls every tag of a repository when no tag is given', async () => {
    const { world, docker } = setup();
    const reg = world.registry('localhost:5000');
    reg.addImage('tools:1', { layers: [{ one: '1' }] });
    reg.addImage('tools:2', { layers: [{ two: '2' }] });
    const lines = cliLines(await collect(docker.imagePull({ fromImage: 'localhost:5000/tools' })));
    expect(lines.filter((l) => l.includes('Pulling from'))).toEqual(['1: Pulling from tools', '2: Pulling from tools']);
    expect(lines.at(-1)).toBe('Status: Downloaded newer image for localhost:5000/tools');
    expect((await docker.imageList()).flatMap((s) => s.RepoTags).sort()).toEqual(['localhost:5000/tools:1', 'localhost:5000/tools:2']);
  });

  it('a consumer that stops reading cancels the pull: nothing is committed', async () => {
    const { docker } = setup();
    for await (const m of docker.imagePull({ fromImage: 'nginx', tag: 'latest' })) if (m.status === 'Pulling fs layer') break;
    expect(await docker.imageList()).toEqual([]);
  });

  it('the catalogue is the same in every world: same digests and image IDs', async () => {
    const a = setup(1);
    const b = setup(99);
    await collect(a.docker.imagePull({ fromImage: 'hello-world', tag: 'latest' }));
    await collect(b.docker.imagePull({ fromImage: 'hello-world', tag: 'latest' }));
    expect((await a.docker.imageInspect('hello-world')).Id).toBe((await b.docker.imageInspect('hello-world')).Id);
    expect((await a.docker.imageInspect('hello-world')).Size).toBe(10_072);
  });
});
