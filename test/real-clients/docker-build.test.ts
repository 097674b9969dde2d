/**
 * The real docker CLI's legacy builder (`DOCKER_BUILDKIT=0 docker build`) against `startServer`:
 * the context it sends, the stream it prints, and the classic cache on a second build.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDirectory } from '../../src/fs/node.js';
import { getNode } from '../../src/fs/tree.js';
import { startServer, type EngineServer } from '../../src/node/index.js';
import { dockerCli } from './cli.js';

let server: EngineServer;
let docker: ReturnType<typeof dockerCli>;
let dir: string;

beforeAll(async () => {
  server = await startServer({ seed: 7 });
  docker = dockerCli(server.dockerHost);
  dir = mkdtempSync(join(tmpdir(), 'dockersim-build-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM busybox\nWORKDIR /app\nCOPY greeting.txt .\nRUN echo built > /built.txt\nCMD ["cat", "/app/greeting.txt"]\n');
  writeFileSync(join(dir, 'greeting.txt'), 'hello\n');
  writeFileSync(join(dir, 'secret.txt'), 'not sent\n');
  writeFileSync(join(dir, '.dockerignore'), 'secret.txt\n');
});
afterAll(async () => {
  await server.close();
});

const legacy = { DOCKER_BUILDKIT: '0' };

describe('DOCKER_BUILDKIT=0 docker build against dockersim serve', () => {
  it('builds, then rebuilds from the cache to the same image', async () => {
    const first = await docker(['build', '-t', 'greeter', dir], legacy);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('DEPRECATED: The legacy builder is deprecated');
    const lines = first.stdout.split('\n');
    expect(lines[1]).toBe('Step 1/5 : FROM busybox');
    expect(lines).toContain('latest: Pulling from library/busybox');
    expect(lines).toContain('Status: Downloaded newer image for busybox:latest');
    expect(first.stdout).toMatch(/Step 4\/5 : RUN echo built > \/built.txt\n ---> Running in ([0-9a-f]{12})\n ---> Removed intermediate container \1\n ---> [0-9a-f]{12}\n/);
    const built = /Successfully built ([0-9a-f]{12})\nSuccessfully tagged greeter:latest\n$/.exec(first.stdout)?.[1];
    expect(built).toBeDefined();

    const second = await docker(['build', '-t', 'greeter', dir], legacy);
    expect(second.code).toBe(0);
    expect(second.stdout.match(/ ---> Using cache\n/g)).toHaveLength(4);
    expect(second.stdout).not.toContain('Running in');
    expect(second.stdout).toContain(`Successfully built ${built}\n`);

    // The .dockerignore'd file never reached the daemon.
    const images = server.world.host().daemon.images;
    const image = images.get('greeter');
    expect(image.id.slice(7, 19)).toBe(built);
    const app = getNode(images.rootfs(image), 'app');
    expect(isDirectory(app) ? [...app.entries.keys()] : []).toEqual(['greeting.txt']);
  });

  it('a failing RUN ends with Docker\'s message and the command\'s exit code', async () => {
    const failing = mkdtempSync(join(tmpdir(), 'dockersim-build-'));
    writeFileSync(join(failing, 'Dockerfile'), 'FROM busybox\nRUN echo nope; exit 3\n');
    const result = await docker(['build', failing], legacy);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('nope\n');
    expect(result.stderr).toContain("The command '/bin/sh -c echo nope; exit 3' returned a non-zero code: 3\n");
  });

  it('a Dockerfile error is the daemon\'s answer before any step', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'dockersim-build-'));
    writeFileSync(join(bad, 'Dockerfile'), 'FROM busybox\nRUNN true\n');
    const result = await docker(['build', bad], legacy);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('Step 1/');
    expect(result.stderr).toContain('Error response from daemon: dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)\n');
  });

  it('-q prints the image id; --iidfile writes it; labels, build args and targets reach the daemon', async () => {
    const ctx = mkdtempSync(join(tmpdir(), 'dockersim-build-'));
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM busybox AS base\nARG WHO=world\nRUN echo hello $WHO\n\nFROM base\nRUN exit 9\n');
    const iid = join(ctx, 'iid');
    const quiet = await docker(['build', '-q', '--target', 'base', '--iidfile', iid, '--label', 'team=core', '--build-arg', 'WHO=you', '--build-arg', 'EXTRA=1', ctx], legacy);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const id = quiet.stdout.trim();
    // With -q the CLI takes the id from the stream text, newline included (docker/cli build.go).
    expect(readFileSync(iid, 'utf8')).toBe(`${id}\n`);
    const image = server.world.host().daemon.images.get(id);
    expect(image.config.config.Labels).toEqual({ team: 'core' });
    expect(image.config.history.at(-2)!.created_by).toBe('|1 WHO=you /bin/sh -c echo hello $WHO');

    const loud = await docker(['build', '--target', 'base', '--build-arg', 'EXTRA=1', ctx], legacy);
    expect(loud.stdout).toContain('[Warning] One or more build-args [EXTRA] were not consumed\n');
  });

  it('a Dockerfile on stdin, with and without a context; --pull pulls a present base again', async () => {
    const alone = await docker(['build', '-'], legacy, 'FROM busybox\nRUN echo from stdin\n');
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('\nfrom stdin\n');
    const withContext = await docker(['build', '--pull', '-f-', dir], legacy, 'FROM busybox\nCOPY greeting.txt /\n');
    expect(withContext.code).toBe(0);
    expect(withContext.stdout).toContain('Step 1/2 : FROM busybox\nlatest: Pulling from library/busybox\n');
    expect(withContext.stdout).toContain('Status: Image is up to date for busybox:latest\n');
  });
});
