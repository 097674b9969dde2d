/**
 * Volumes end to end, through the typed client and real container processes: data written to a
 * named volume survives container removal and is shared, bind mounts show (and change) the host's
 * own filesystem, read-only mounts refuse writes, `rm -v` and `--rm` remove anonymous volumes only,
 * and the volume events come in Docker's order. Plus the properties over random sequences.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { rejection } from './helpers/errors.js';
import { createWorld, type World } from '../src/world/world.js';
import { networkWorld, output, run } from './helpers/network-world.js';

let world: World;
afterEach(() => world?.dispose());

describe('named volumes', () => {
  it('keep data across container removal and share it between containers', async () => {
    world = networkWorld(21);
    const docker = world.client();
    const writer = await run(docker, 'writer', ['write', '/etc/todos/todo.db', 'buy milk'], { binds: ['todo-db:/etc/todos'] });
    await docker.containerWait(writer);
    await docker.containerDelete(writer, { volumes: true });
    expect(await output(docker, 'reader', ['cat', '/etc/todos/todo.db'], undefined, ['todo-db:/etc/todos'])).toBe('buy milk');
    expect((await docker.volumeInspect('todo-db')).Mountpoint).toBe('/var/lib/docker/volumes/todo-db/_data');
    expect(await rejection(docker.volumeDelete('todo-db'))).toEqual({
      kind: 'Conflict',
      message: `remove todo-db: volume is in use - [${(await docker.containerInspect('reader')).Id}]`,
    });
    await docker.containerDelete('reader');
    await docker.volumeDelete('todo-db');
    expect(await rejection(docker.volumeInspect('todo-db'))).toEqual({ kind: 'NotFound', message: 'get todo-db: no such volume' });
  });

  it('are auto-created by run -v and shown in inspect Mounts', async () => {
    world = networkWorld(22);
    const docker = world.client();
    await run(docker, 'db', ['sleep', '100'], { binds: ['dbdata:/var/lib/data'] });
    const c = await docker.containerInspect('db');
    expect(c.Mounts).toEqual([{ Type: 'volume', Name: 'dbdata', Source: '/var/lib/docker/volumes/dbdata/_data', Destination: '/var/lib/data', Driver: 'local', Mode: 'z', RW: true, Propagation: '' }]);
    expect((await docker.volumeList()).Volumes.map((v) => v.Name)).toEqual(['dbdata']);
  });

  it('emit create, mount, unmount and destroy events in Docker’s order', async () => {
    world = networkWorld(23);
    const docker = world.client();
    const seen: string[] = [];
    world.onEvent(({ event }) => {
      if (event.Type === 'volume' || (event.Type === 'container' && ['create', 'start', 'die', 'destroy'].includes(event.Action))) seen.push(`${event.Type} ${event.Action}`);
    });
    const id = await run(docker, 'once', ['write', '/data/x', 'y'], { binds: ['/data'] });
    await docker.containerWait(id);
    await docker.containerDelete(id, { volumes: true });
    expect(seen).toEqual(['volume create', 'container create', 'volume mount', 'container start', 'volume unmount', 'container die', 'volume destroy', 'container destroy']);
  });
});

describe('anonymous volumes', () => {
  it('go with rm -v and --rm, never otherwise; named ones always stay', async () => {
    world = networkWorld(24);
    const docker = world.client();
    const a = await run(docker, 'keeps', ['sleep', '1'], { binds: ['/scratch', 'named:/named'] });
    await docker.containerWait(a);
    await docker.containerDelete(a);
    expect((await docker.volumeList()).Volumes).toHaveLength(2);
    const b = await run(docker, 'drops', ['sleep', '1'], { binds: ['/scratch', 'named:/named'] });
    await docker.containerWait(b);
    await docker.containerDelete(b, { volumes: true });
    expect((await docker.volumeList()).Volumes).toHaveLength(2);
    const c = await run(docker, 'auto', ['sleep', '1'], { binds: ['/scratch', 'named:/named'], autoRemove: true });
    await docker.containerWait(c, 'removed');
    expect((await docker.volumeList()).Volumes.map((v) => (v.Name.length === 64 ? 'anon' : v.Name)).sort()).toEqual(['anon', 'named']);
    expect(await docker.volumePrune()).toMatchObject({ VolumesDeleted: [expect.stringMatching(/^[0-9a-f]{64}$/)] });
    expect((await docker.volumeList()).Volumes.map((v) => v.Name)).toEqual(['named']);
    expect(await docker.volumePrune({ filters: { all: ['true'] } })).toEqual({ VolumesDeleted: ['named'], SpaceReclaimed: 0 });
  });
});

describe('bind mounts', () => {
  it('show the host’s files, and write back to them', async () => {
    world = networkWorld(25);
    const docker = world.client();
    const host = world.host();
    host.fs.mkdir('/home/me/app', { recursive: true });
    host.fs.writeFile('/home/me/app/index.js', 'console.log("v1")');
    expect(await output(docker, 'b1', ['cat', '/app/index.js'], undefined, ['/home/me/app:/app'])).toBe('console.log("v1")');
    await docker.containerWait(await run(docker, 'b2', ['write', '/app/out.txt', 'built'], { binds: ['/home/me/app:/app'] }));
    expect(new TextDecoder().decode(host.fs.readFile('/home/me/app/out.txt'))).toBe('built');
    expect(await output(docker, 'b3', ['write', '/app/nope', 'x'], undefined, ['/home/me/app:/app:ro'])).toMatch(/EROFS/);
    expect(host.fs.exists('/home/me/app/nope')).toBe(false);
  });

  it('of a single file show that file', async () => {
    world = networkWorld(28);
    const docker = world.client();
    world.host().fs.mkdir('/home/me', { recursive: true });
    world.host().fs.writeFile('/home/me/app.conf', 'port=3000\n');
    expect(await output(docker, 'f1', ['cat', '/etc/app.conf'], undefined, ['/home/me/app.conf:/etc/app.conf:ro'])).toBe('port=3000\n');
  });

  it('via --mount need an existing source', async () => {
    world = networkWorld(26);
    const docker = world.client();
    expect(await rejection(docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'], HostConfig: { Mounts: [{ Type: 'bind', Source: '/nope', Target: '/x' }] } }))).toEqual({
      kind: 'InvalidParameter',
      message: 'invalid mount config for type "bind": bind source path does not exist: /nope',
    });
    expect((await docker.containerList({ all: true })).length).toBe(0);
  });
});

describe('--volumes-from', () => {
  it('mounts another container’s volumes, read-only with :ro', async () => {
    world = networkWorld(27);
    const docker = world.client();
    const source = await run(docker, 'source', ['write', '/shared/note', 'hi'], { binds: ['shared:/shared'] });
    await docker.containerWait(source);
    const reader = await docker.containerCreate({ Image: 'alpine', Cmd: ['cat', '/shared/note'], HostConfig: { VolumesFrom: ['source'] } }, { name: 'reader' });
    await docker.containerStart(reader.Id);
    await docker.containerWait(reader.Id);
    const lines: string[] = [];
    for await (const e of docker.containerLogs(reader.Id, { stdout: true })) lines.push(e.line);
    expect(lines.join('')).toBe('hi');
    const ro = await docker.containerCreate({ Image: 'alpine', Cmd: ['write', '/shared/x', 'no'], HostConfig: { VolumesFrom: ['source:ro'] } }, { name: 'ro' });
    expect((await docker.containerInspect(ro.Id)).Mounts).toEqual([expect.objectContaining({ Name: 'shared', Destination: '/shared', RW: false })]);
    expect(await rejection(docker.containerCreate({ Image: 'alpine', Cmd: ['true'], HostConfig: { VolumesFrom: ['nosuch'] } }))).toEqual({ kind: 'InvalidParameter', message: 'No such container: nosuch' });
    expect(await rejection(docker.volumeDelete('shared'))).toMatchObject({ kind: 'Conflict' });
  });
});

describe('volume properties', () => {
  it('data in a named volume survives any sequence of container create/rm; anonymous volumes go only with -v/--rm', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ named: fc.boolean(), anonymous: fc.boolean(), removeVolumes: fc.boolean(), autoRemove: fc.boolean() }), { minLength: 1, maxLength: 6 }),
        async (steps) => {
          const w = networkWorld(31);
          try {
            const docker = w.client();
            const seed = await run(docker, 'seed', ['write', '/keep/data', 'precious'], { binds: ['keep:/keep'] });
            await docker.containerWait(seed);
            await docker.containerDelete(seed);
            let anonymousExpected = 0;
            let i = 0;
            for (const step of steps) {
              const binds = [...(step.named ? ['keep:/keep'] : []), ...(step.anonymous ? ['/scratch'] : [])];
              const id = await run(docker, `c${i++}`, ['sleep', '1'], { binds, autoRemove: step.autoRemove });
              await docker.containerWait(id, step.autoRemove ? 'removed' : 'not-running');
              if (!step.autoRemove) await docker.containerDelete(id, { volumes: step.removeVolumes });
              if (step.anonymous && !step.autoRemove && !step.removeVolumes) anonymousExpected++;
            }
            const names = (await docker.volumeList()).Volumes.map((v) => v.Name);
            expect(names.filter((n) => n.length === 64)).toHaveLength(anonymousExpected);
            expect(names).toContain('keep');
            expect(await output(docker, 'check', ['cat', '/keep/data'], undefined, ['keep:/keep'])).toBe('precious');
          } finally {
            w.dispose();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('bind mounts before exec', () => {
  it('a program reached only through a bind mount under a directory the image lacks starts, as runc makes the mountpoint first', async () => {
    const world = createWorld({ seed: 4 });
    const docker = world.client();
    for await (const _ of docker.imagePull({ fromImage: 'busybox', tag: 'latest' }));
    world.host().fs.mkdir('/opt', { recursive: true });
    world.host().fs.writeFile('/opt/greet', '#!/bin/sh\necho "greetings, $1"\n', { mode: 0o755 });
    const { Id } = await docker.containerCreate({ Image: 'busybox', Cmd: ['greet', 'learner'], HostConfig: { Binds: ['/opt/greet:/usr/local/bin/greet:ro'] } });
    await docker.containerStart(Id);
    expect(await docker.containerWait(Id)).toMatchObject({ StatusCode: 0 });
    const lines: string[] = [];
    for await (const entry of docker.containerLogs(Id)) lines.push(entry.line);
    expect(lines).toEqual(['greetings, learner\n']);
    expect((await docker.containerChanges(Id))?.map((c) => c.Path)).toEqual(expect.arrayContaining(['/usr/local/bin/greet']));
  });
});
