/**
 * Smaller classic-builder behaviours: the events a build emits, `-q` on failure, notes and
 * warnings in the stream, MAINTAINER as the author, `COPY --from` an image, and USER for RUN.
 */
import { describe, expect, it } from 'vitest';
import { containerWorld } from '../helpers/container-world.js';
import { build, shape } from './helpers.js';

describe('classic build details', () => {
  it('emits the container events of each step\'s container and the tag event', async () => {
    const world = containerWorld();
    const seen: string[] = [];
    world.onEvent(({ event }) => seen.push(`${event.Type} ${event.Action}`));
    await build(world, { files: { Dockerfile: 'FROM alpine\nENV A=1\nRUN echo hi\n' } }, { tags: ['t'] });
    expect(seen).toEqual([
      'container create',
      'container destroy',
      'container create',
      'container attach',
      // RUN containers join the default bridge like any container, as in Docker.
      'network connect',
      'container start',
      'network disconnect',
      'container die',
      'container destroy',
      'image tag',
    ]);
  });

  it('-q sends the held log and the error when the build fails', async () => {
    const world = containerWorld();
    const result = await build(world, { files: { Dockerfile: 'FROM alpine\nRUN echo failing; exit 2\n' } }, { quiet: true });
    expect(shape(result.log)).toBe('Step 1/2 : FROM alpine\n ---> <id>\nStep 2/2 : RUN echo failing; exit 2\n ---> Running in <id>\nfailing\n');
    expect(result.code).toBe(2);
  });

  it('prints HEALTHCHECK notes and parser warnings; MAINTAINER becomes the author', async () => {
    const world = containerWorld();
    const dockerfile = 'FROM alpine\nMAINTAINER Jane <jane@example.com>\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false\nRUN echo a \\\n\n  b\n';
    const result = await build(world, { files: { Dockerfile: dockerfile } });
    expect(result.error).toBeUndefined();
    expect(result.log.startsWith('\u001b[91m[WARNING]: Empty continuation line found in: RUN echo a   b\n\u001b[0m\u001b[91m[WARNING]: Empty continuation lines will become errors in a future release.\n\u001b[0mStep 1/5 : FROM alpine\n')).toBe(true);
    expect(result.log).toContain('Step 4/5 : HEALTHCHECK CMD false\nNote: overriding previous HEALTHCHECK: [CMD-SHELL true]\n');
    const image = world.host().daemon.images.get(result.imageId!);
    expect(image.config.author).toBe('Jane <jane@example.com>');
    expect(image.config.history.at(-1)!.author).toBe('Jane <jane@example.com>');
  });

  it('COPY --from an image by name, with its owners kept', async () => {
    const world = containerWorld();
    const result = await build(world, { files: { Dockerfile: 'FROM alpine\nCOPY --from=web /home/node /copied\n' } });
    expect(result.error).toBeUndefined();
    const images = world.host().daemon.images;
    const root = images.rootfs(images.get(result.imageId!));
    const copied = root.entries.get('copied');
    expect(copied).toMatchObject({ kind: 'directory', uid: 1000, gid: 1000 });
  });

  it('RUN runs as the USER, in the WORKDIR, with ENV and build args', async () => {
    const world = containerWorld();
    const dockerfile = 'FROM alpine\nARG TOKEN=abc\nENV MODE=prod\nWORKDIR /srv\nUSER 1000\nRUN ["env"]\n';
    const result = await build(world, { files: { Dockerfile: dockerfile } });
    expect(result.error).toBeUndefined();
    const lines = result.log.split('\n');
    expect(lines).toContain('MODE=prod');
    expect(lines).toContain('TOKEN=abc');
    expect(lines.find((l) => l.startsWith('cwd='))).toMatch(/^cwd=\/srv host=[0-9a-f]{12} uid=1000$/);
    // The arg is in the RUN's environment and its history, not in the image's config.
    const image = world.host().daemon.images.get(result.imageId!);
    expect(image.config.config.Env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'MODE=prod']);
    expect(image.config.history.at(-1)!.created_by).toBe('|1 TOKEN=abc env');
  });
});

describe('base images from a private registry', () => {
  it('pulls with the credentials of X-Registry-Config, and fails without them', async () => {
    const { createWorld } = await import('../../src/world/world.js');
    const world = createWorld({ seed: 2 });
    world.registry('reg.example.com', { users: { bob: 'pw2' }, requireAuth: true }).addImage('team/app:1', { layers: [{ 'app/file': 'x' }] });
    const files = { Dockerfile: 'FROM reg.example.com/team/app:1\nLABEL built=yes\n' };
    const denied = await build(world, { files });
    expect(denied.log).toBe('Step 1/2 : FROM reg.example.com/team/app:1\n');
    expect(denied.error).toContain('no basic auth credentials');
    const allowed = await build(world, { files }, { authConfigs: { 'reg.example.com': { username: 'bob', password: 'pw2', serveraddress: 'reg.example.com' } } });
    expect(allowed.error).toBeUndefined();
    expect(allowed.messages).toContainEqual({ status: 'Status: Downloaded newer image for reg.example.com/team/app:1' });
  });
});
