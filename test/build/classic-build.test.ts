/**
 * The classic builder end to end on a simulated daemon: Docker's legacy output, the cache, tags,
 * multi-stage builds, ONBUILD, build args, and the builder's errors.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_LAYER_DIFF_ID } from '../../src/fs/layer-digest.js';
import { containerWorld } from '../helpers/container-world.js';
import { build, hits, shape } from './helpers.js';

const APP = {
  Dockerfile: 'FROM alpine\nENV GREETING=hello\nWORKDIR /app\nCOPY greet.txt .\nRUN echo built > /built.txt; echo out; echo err >&2\nCMD ["cat", "/app/greet.txt"]\n',
  'greet.txt': 'hello\n',
};

describe('a classic build', () => {
  it('prints the legacy stream, step by step', async () => {
    const world = containerWorld();
    const result = await build(world, { files: APP }, { tags: ['app'] });
    expect(result.error).toBeUndefined();
    expect(shape(result.log)).toBe(
      [
        'Step 1/6 : FROM alpine',
        ' ---> <id>',
        'Step 2/6 : ENV GREETING=hello',
        ' ---> Running in <id>',
        ' ---> Removed intermediate container <id>',
        ' ---> <id>',
        'Step 3/6 : WORKDIR /app',
        ' ---> Running in <id>',
        ' ---> Removed intermediate container <id>',
        ' ---> <id>',
        'Step 4/6 : COPY greet.txt .',
        ' ---> <id>',
        'Step 5/6 : RUN echo built > /built.txt; echo out; echo err >&2',
        ' ---> Running in <id>',
        'out',
        '\u001b[91merr',
        '\u001b[0m ---> Removed intermediate container <id>',
        ' ---> <id>',
        'Step 6/6 : CMD ["cat", "/app/greet.txt"]',
        ' ---> Running in <id>',
        ' ---> Removed intermediate container <id>',
        ' ---> <id>',
        'Successfully built <id>',
        'Successfully tagged app:latest',
        '',
      ].join('\n'),
    );
    const images = world.host().daemon.images;
    const image = images.get('app');
    expect(result.imageId).toBe(image.id);
    expect(result.log).toContain(`Successfully built ${image.id.slice(7, 19)}\n`);
    // One aux message per stage, with the full id.
    expect(result.messages.filter((m) => m.aux)).toEqual([{ aux: { ID: image.id } }]);
    // Intermediate containers are gone; every step left an image in the parent chain.
    expect(world.host().state.containers.size).toBe(0);
    const history = images.history('app');
    expect(history.slice(0, 6).map((h) => [h.Id === '<missing>', h.CreatedBy])).toEqual([
      [false, '/bin/sh -c #(nop)  CMD ["cat" "/app/greet.txt"]'],
      [false, '/bin/sh -c echo built > /built.txt; echo out; echo err >&2'],
      [false, expect.stringMatching(/^\/bin\/sh -c #\(nop\) COPY file:[0-9a-f]{64} in \. $/)],
      [false, '/bin/sh -c #(nop) WORKDIR /app'],
      [false, '/bin/sh -c #(nop)  ENV GREETING=hello'],
      [false, expect.any(String)],
    ]);
    // Metadata steps add history without layers; WORKDIR made /app, so it has one.
    const emptyFlags = image.config.history.slice(-5).map((h) => h.empty_layer === true);
    expect(emptyFlags).toEqual([true, false, false, false, true]);
    expect(image.config.config).toMatchObject({ Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GREETING=hello'], WorkingDir: '/app', Cmd: ['cat', '/app/greet.txt'] });
    expect(image.config.container_config?.Cmd).toEqual(['/bin/sh', '-c', '#(nop) ', 'CMD ["cat" "/app/greet.txt"]']);
  });

  it('rebuilds from the cache to the same image id, without containers', async () => {
    const world = containerWorld();
    const first = await build(world, { files: APP }, { tags: ['app'] });
    const events = world.host().state.events.length;
    await world.clock.hold(world.clock.sleep(60_000));
    const second = await build(world, { files: APP }, { tags: ['app'] });
    expect(second.imageId).toBe(first.imageId);
    expect(hits(second.log)).toBe(5);
    expect(second.log).not.toContain('Running in');
    // Only the tag event: no container was created.
    expect(world.host().state.events.slice(events).map((e) => `${e.Type} ${e.Action}`)).toEqual(['image tag']);
  });

  it('--no-cache rebuilds every step: new image ids, identical layer digests', async () => {
    const world = containerWorld();
    const first = await build(world, { files: APP });
    await world.clock.hold(world.clock.sleep(3_600_000));
    const second = await build(world, { files: APP }, { noCache: true });
    expect(hits(second.log)).toBe(0);
    expect(second.imageId).not.toBe(first.imageId);
    const images = world.host().daemon.images;
    const a = images.get(first.imageId!).config;
    const b = images.get(second.imageId!).config;
    expect(b.rootfs.diff_ids).toEqual(a.rootfs.diff_ids);
    expect(b.created).not.toBe(a.created);
    // A later cached build takes the newest of the equal children.
    const third = await build(world, { files: APP });
    expect(hits(third.log)).toBe(5);
    expect(third.imageId).toBe(second.imageId);
  });

  it('a step after the first miss is never looked up again in that stage', async () => {
    const world = containerWorld();
    await build(world, { files: APP });
    const changed = await build(world, { files: { ...APP, Dockerfile: APP.Dockerfile.replace('ENV GREETING=hello', 'ENV GREETING=bye') } });
    expect(hits(changed.log)).toBe(0);
  });

  it('moves tags: the previous image becomes dangling', async () => {
    const world = containerWorld();
    const first = await build(world, { files: APP }, { tags: ['app', 'app:v1', 'app'] });
    expect(first.log.match(/Successfully tagged .*\n/g)).toEqual(['Successfully tagged app:latest\n', 'Successfully tagged app:v1\n']);
    const second = await build(world, { files: { ...APP, 'greet.txt': 'bye\n' } }, { tags: ['app'] });
    const images = world.host().daemon.images;
    expect(images.get('app').id).toBe(second.imageId);
    expect(images.get('app:v1').id).toBe(first.imageId);
    await build(world, { files: { ...APP, 'greet.txt': 'again\n' } }, { tags: ['app'] });
    const dangling = images.list({ filters: { dangling: ['true'] } }).map((i) => i.Id);
    expect(dangling).toContain(second.imageId);
  });

  it('-q sends only the image id', async () => {
    const world = containerWorld();
    const result = await build(world, { files: APP }, { quiet: true, tags: ['q'] });
    expect(result.messages).toEqual([{ stream: `${world.host().daemon.images.get('q').id}\n` }]);
  });
});

describe('RUN', () => {
  it('fails the build with the command and its exit code; the container stays unless --force-rm', async () => {
    const world = containerWorld();
    const files = { Dockerfile: 'FROM alpine\nRUN echo nope; exit 3\n' };
    const result = await build(world, { files });
    expect(result.error).toBe("The command '/bin/sh -c echo nope; exit 3' returned a non-zero code: 3");
    expect(result.code).toBe(3);
    expect(shape(result.log)).toBe('Step 1/2 : FROM alpine\n ---> <id>\nStep 2/2 : RUN echo nope; exit 3\n ---> Running in <id>\nnope\n');
    expect(world.host().state.containers.size).toBe(1);
    const forced = await build(world, { files }, { forceRm: true });
    expect(forced.log).toContain(' ---> Removed intermediate container ');
    expect(world.host().state.containers.size).toBe(1);
  });

  it('--rm=false keeps every intermediate container', async () => {
    const world = containerWorld();
    await build(world, { files: APP }, { rm: false });
    // ENV, WORKDIR, RUN and CMD each left their container.
    expect(world.host().state.containers.size).toBe(4);
  });

  it('refuses BuildKit flags, or runs without them when asked', async () => {
    const world = containerWorld();
    const files = { Dockerfile: 'FROM alpine\nRUN --mount=type=cache,target=/root/.cache echo hi\n' };
    const refused = await build(world, { files });
    expect(refused.error).toBe('the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled');
    const ignored = await build(world, { files }, { buildKitFlags: 'ignore' });
    expect(ignored.error).toBeUndefined();
    expect(shape(ignored.log)).toContain(' ---> [Warning] RUN --mount is not simulated by dockersim; the command runs without it\n ---> Running in <id>\nhi\n');
  });

  it('sees build args in its environment and in the cache key', async () => {
    const world = containerWorld();
    const files = { Dockerfile: 'FROM alpine\nARG V=1\nRUN echo v=$V\nRUN echo done\n' };
    const one = await build(world, { files });
    expect(one.log).toContain('v=1\n');
    const history = world.host().daemon.images.history(one.imageId!);
    expect(history[1]!.CreatedBy).toBe('|1 V=1 /bin/sh -c echo v=$V');
    const two = await build(world, { files }, { buildArgs: { V: '2', UNUSED: 'x' } });
    expect(two.log).toContain('v=2\n');
    // The ARG step itself is cached; the first RUN after it misses.
    expect(hits(two.log)).toBe(1);
    expect(two.log).toContain('[Warning] One or more build-args [UNUSED] were not consumed\n');
  });
});

describe('COPY and ADD', () => {
  it.each([
    ['a missing file', 'COPY nothing.txt /', 'COPY failed: file not found in build context or excluded by .dockerignore: stat nothing.txt: file does not exist'],
    ['a path outside the context', 'COPY ../x /', 'COPY failed: forbidden path outside the build context: ../x ()'],
    ['a glob matching nothing', 'COPY *.md /', 'COPY failed: no source files were specified'],
    ['several sources into a file', 'COPY a.txt b.txt /dest', 'When using COPY with more than one source file, the destination must be a directory and end with a /'],
    ['--chmod', 'COPY --chmod=755 a.txt /', 'the --chmod option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled'],
    ['an unknown --chown user', 'COPY --chown=nobody2 a.txt /', "unable to convert uid/gid chown string to host mapping: can't find uid for user nobody2: no such user: nobody2"],
    ['a URL', 'ADD https://example.com/f.txt /', 'ADD failed: Get "https://example.com/f.txt": dial tcp: lookup example.com: no such host'],
  ])('fails on %s', async (_, line, message) => {
    const world = containerWorld();
    const result = await build(world, { files: { Dockerfile: `FROM alpine\n${line}\n`, 'a.txt': 'a', 'b.txt': 'b' } });
    expect(result.error).toBe(message);
  });

  it('copies files, directory contents and globs with Docker\'s destination rules', async () => {
    const world = containerWorld();
    const files = {
      Dockerfile: 'FROM alpine\nWORKDIR /w\nCOPY src/ ./out/\nCOPY *.txt /txt/\nCOPY --chown=1000:1000 a.txt renamed\n',
      'a.txt': 'a',
      'b.txt': 'b',
      'src/x.js': 'x',
      'src/lib/y.js': 'y',
    };
    const result = await build(world, { files });
    expect(result.error).toBeUndefined();
    const images = world.host().daemon.images;
    const fs = images.rootfs(images.get(result.imageId!));
    const ls = (path: string) => {
      let node: unknown = fs;
      for (const part of path.split('/').filter(Boolean)) node = (node as typeof fs).entries.get(part);
      return node as { kind: string; uid?: number; entries?: { keys(): Iterable<string> } } | undefined;
    };
    expect([...ls('/w/out')!.entries!.keys()].sort()).toEqual(['lib', 'x.js']);
    expect([...ls('/txt')!.entries!.keys()].sort()).toEqual(['a.txt', 'b.txt']);
    expect(ls('/w/renamed')).toMatchObject({ kind: 'file', uid: 1000 });
  });

  it('ADD extracts a local tar archive', async () => {
    const world = containerWorld();
    const { treeToTar } = await import('../../src/fs/tar-write.js');
    const { buildTree } = await import('../../src/fs/tree.js');
    const tar = treeToTar(buildTree({ 'pkg/readme': 'inside\n' }));
    const result = await build(world, { files: { Dockerfile: 'FROM alpine\nADD pkg.tar /opt/\nRUN cat /opt/pkg/readme\n', 'pkg.tar': tar } });
    expect(result.error).toBeUndefined();
    expect(result.log).toContain('inside\n');
  });

  it('a changed file misses the cache at its COPY, not before', async () => {
    const world = containerWorld();
    await build(world, { files: APP });
    const edited = await build(world, { files: { ...APP, 'greet.txt': 'changed\n' } });
    expect(hits(edited.log)).toBe(2);
    expect(edited.log).toMatch(/Step 4\/6 : COPY greet.txt \.\n ---> [0-9a-f]{12}\n/);
  });
});

describe('stages', () => {
  const MULTI = {
    Dockerfile: 'FROM alpine AS build\nRUN echo compiled > /artifact\n\nFROM alpine AS test\nRUN exit 1\n\nFROM alpine\nCOPY --from=build /artifact /app/artifact\nCOPY --from=0 /artifact /app/again\n',
  };

  it('--target builds the stages up to the target, in order', async () => {
    const world = containerWorld();
    const result = await build(world, { files: MULTI }, { target: 'build' });
    expect(result.error).toBeUndefined();
    expect(result.log).toMatch(/^Step 1\/2 : FROM alpine AS build\n/);
    // The classic builder runs every stage before the target, even ones the target does not need.
    const final = await build(world, { files: MULTI });
    expect(final.error).toBe("The command '/bin/sh -c exit 1' returned a non-zero code: 1");
  });

  it('COPY --from a stage by name and by index', async () => {
    const world = containerWorld();
    const files = { Dockerfile: MULTI.Dockerfile.replace('RUN exit 1', 'RUN true') };
    const result = await build(world, { files });
    expect(result.error).toBeUndefined();
    expect(result.messages.filter((m) => m.aux)).toHaveLength(3);
    // Each stage's id comes right after its last step, before the next stage's FROM line.
    const order = result.messages.map((m) => (m.aux ? 'aux' : (m.stream ?? '').startsWith('Step') ? (m.stream ?? '').split(' :')[0] : '')).filter(Boolean);
    expect(order).toEqual(['Step 1/7', 'Step 2/7', 'aux', 'Step 3/7', 'Step 4/7', 'aux', 'Step 5/7', 'Step 6/7', 'Step 7/7', 'aux']);
    const images = world.host().daemon.images;
    const image = images.get(result.imageId!);
    expect(image.config.history.at(-1)!.created_by).toMatch(/^\/bin\/sh -c #\(nop\) COPY file:[0-9a-f]{64} in \/app\/again $/);
  });

  it.each([
    ['an unknown target', { target: 'nope' }, MULTI.Dockerfile, 'target stage "nope" could not be found'],
    ['a reused stage name', {}, 'FROM alpine AS a\nFROM alpine AS a\n', 'a stage name already used'],
    ['COPY --from the current stage', {}, 'FROM alpine\nCOPY --from=0 /x /y\n', 'invalid from flag value 0: refers to current build stage'],
  ])('refuses %s', async (_, options, dockerfile, message) => {
    const world = containerWorld();
    const result = await build(world, { files: { Dockerfile: dockerfile } }, options);
    expect(result.error).toBe(message);
  });

  it('runs the base image\'s ONBUILD triggers in the FROM step', async () => {
    const world = containerWorld();
    const base = await build(world, { files: { Dockerfile: 'FROM alpine\nONBUILD RUN echo triggered\n' } }, { tags: ['base'] });
    expect(base.log).not.toContain('\ntriggered\n');
    const child = await build(world, { files: { Dockerfile: 'FROM base\nCMD ["sh"]\n' } });
    expect(shape(child.log)).toMatch(/^Step 1\/2 : FROM base\n# Executing 1 build trigger\n ---> Running in <id>\ntriggered\n ---> Removed intermediate container <id>\n ---> <id>\n/);
    const image = world.host().daemon.images.get(child.imageId!);
    expect(image.config.config.OnBuild).toBeUndefined();
  });

  it('FROM scratch: no base, and its first step is never cached', async () => {
    const world = containerWorld();
    const files = { Dockerfile: 'FROM scratch\nCOPY a.txt /\nCMD ["/a.txt"]\n', 'a.txt': 'a' };
    const first = await build(world, { files });
    expect(first.log).toMatch(/^Step 1\/3 : FROM scratch\n ---> \nStep 2\/3 : COPY a.txt \/\n ---> [0-9a-f]{12}\n/);
    const second = await build(world, { files });
    expect(hits(second.log)).toBe(0);
    const image = world.host().daemon.images.get(first.imageId!);
    expect(image.config.rootfs.diff_ids).toHaveLength(1);
    expect(image.config.rootfs.diff_ids[0]).not.toBe(EMPTY_LAYER_DIFF_ID);
  });
});

describe('errors before the first step', () => {
  it.each([
    ['no Dockerfile', { 'a.txt': 'a' }, {}, 'Cannot locate specified Dockerfile: dockerfile'],
    ['a named Dockerfile that is missing', { Dockerfile: 'FROM alpine\n' }, { dockerfile: 'build/Dockerfile' }, 'Cannot locate specified Dockerfile: build/Dockerfile'],
    ['an empty Dockerfile', { Dockerfile: '' }, {}, 'the Dockerfile (Dockerfile) cannot be empty'],
    ['an unknown instruction', { Dockerfile: 'FROM alpine\nRUNN x\n' }, {}, 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)'],
    ['a tag with a digest', { Dockerfile: 'FROM alpine\n' }, { tags: [`a@sha256:${'0'.repeat(64)}`] }, 'build tag cannot contain a digest'],
  ])('%s rejects the stream', async (_, files, options, message) => {
    const world = containerWorld();
    const result = await build(world, { files }, options);
    expect(result).toEqual({ messages: [], log: '', error: message });
  });

  it('a missing base image fails with the pull\'s error, after the step line', async () => {
    const world = containerWorld();
    const result = await build(world, { files: { Dockerfile: 'FROM nosuchimage-xyz\n' } });
    expect(result.log).toBe('Step 1/1 : FROM nosuchimage-xyz\n');
    expect(result.error).toMatch(/^pull access denied for nosuchimage-xyz/);
  });
});
