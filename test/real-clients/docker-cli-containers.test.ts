/**
 * The real docker CLI 28.2 against `startServer`, for containers and images: `run` (attached
 * `--rm hello-world` with its exact output, detached, exit codes), ps, logs, exec (exit codes,
 * stdin), inspect -f, top, stats, wait, rename, pause/unpause, stop/kill/rm/rm -f, cp both ways,
 * diff, commit, images, pull, tag + login + push + rmi + pull back, save/load. Only the server is
 * under test: the CLI is Docker's own binary. The world runs in real time, with the container
 * tests' programs (`sleep`, `cat`, …) and images beside the catalogue.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELLO_MESSAGE } from '../../src/programs/hello.js';
import { startServer, type EngineServer } from '../../src/node/index.js';
import { equipWorld } from '../helpers/container-world.js';
import { dockerCli } from './cli.js';

let server: EngineServer;
let docker: ReturnType<typeof dockerCli>;
const work = mkdtempSync(join(tmpdir(), 'dockersim-cp-'));

beforeAll(async () => {
  server = await startServer({ seed: 21 });
  equipWorld(server.world, ['alpine']);
  server.world.registry('localhost:5000', { users: { ci: 's3cret' }, requireAuth: true });
  docker = dockerCli(server.dockerHost);
});
afterAll(async () => {
  await server.close();
});

describe('docker run', () => {
  it('docker run --rm hello-world: pulls, prints the greeting exactly, exits 0, leaves nothing behind', async () => {
    const { stdout, stderr, code } = await docker(['run', '--rm', 'hello-world']);
    expect(code).toBe(0);
    expect(stdout).toBe(HELLO_MESSAGE);
    expect(stderr.split('\n').slice(0, 2)).toEqual(["Unable to find image 'hello-world:latest' locally", 'latest: Pulling from library/hello-world']);
    expect(stderr).toMatch(/Status: Downloaded newer image for hello-world:latest\n$/);
    expect((await docker(['ps', '-a', '-q'])).stdout).toBe('');
  });

  it('takes its exit code from the container; a missing image is exit 125 with the daemon\'s words', async () => {
    expect(await docker(['run', '--name', 'three', 'alpine', 'sh', '-c', 'echo to-out; echo to-err >&2; exit 3'])).toEqual({ stdout: 'to-out\n', stderr: 'to-err\n', code: 3 });
    const missing = await docker(['run', 'nosuchimage']);
    expect(missing.code).toBe(125);
    expect(missing.stderr).toContain("docker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
    expect((await docker(['logs', 'three'])).stdout).toBe('to-out\n');
    expect((await docker(['logs', 'three'])).stderr).toBe('to-err\n');
    expect((await docker(['wait', 'three'])).stdout).toBe('3\n');
    expect((await docker(['diff', 'three'])).stdout).toBe('');
    expect((await docker(['rm', 'three'])).stdout).toBe('three\n');
  });

  it('pipes stdin through docker run -i', async () => {
    expect(await docker(['run', '--rm', '-i', 'alpine', 'cat'], {}, 'piped in\n')).toEqual({ stdout: 'piped in\n', stderr: '', code: 0 });
  });
});

describe('attach, start -a, logs, restart, update, prune', () => {
  it('docker start -a replays nothing and streams the run; docker attach waits for the exit code', async () => {
    await docker(['create', '--name', 'later', 'alpine', 'sh', '-c', 'echo started; exit 4']);
    expect(await docker(['start', '-a', 'later'])).toEqual({ stdout: 'started\n', stderr: '', code: 4 });
    await docker(['run', '-d', '--name', 'slow', 'alpine', 'sh', '-c', 'sleep 1; echo done; exit 6']);
    expect(await docker(['attach', 'slow'])).toEqual({ stdout: 'done\n', stderr: '', code: 6 });
    const logs = await docker(['logs', '-t', '--tail', '1', 'later']);
    expect(logs.stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z started\n$/);
  });

  it('docker run -t gives raw output with CRLF line ends', async () => {
    expect(await docker(['run', '--rm', '-t', 'alpine', 'sh', '-c', 'echo one; echo two >&2'])).toEqual({ stdout: 'one\r\ntwo\r\n', stderr: '', code: 0 });
  });

  it('restart, update and container prune', async () => {
    expect((await docker(['restart', 'later'])).stdout).toBe('later\n');
    expect((await docker(['update', '--memory', '64m', '--memory-swap', '128m', 'slow'])).stdout).toBe('slow\n');
    expect((await docker(['inspect', '-f', '{{.HostConfig.Memory}}', 'slow'])).stdout).toBe('67108864\n');
    const pruned = await docker(['container', 'prune', '-f']);
    expect(pruned.stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n[0-9a-f]{64}\n\nTotal reclaimed space: \d+(\.\d+)?k?B\n$/);
  });
});

describe('a running container', () => {
  it('runs detached, shows in ps and inspect, execs with exit codes and stdin', async () => {
    const run = await docker(['run', '-d', '--name', 'web', 'alpine', 'sleep', '600']);
    expect(run.code).toBe(0);
    const id = run.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect((await docker(['ps', '--format', '{{.ID}} {{.Image}} {{.Command}} {{.Names}}'])).stdout).toBe(`${id.slice(0, 12)} alpine "sleep 600" web\n`);
    expect((await docker(['inspect', '-f', '{{.State.Status}} {{.Config.Cmd}} {{.Name}}', 'web'])).stdout).toBe('running [sleep 600] /web\n');
    expect(await docker(['exec', 'web', 'echo', 'hello', 'from', 'exec'])).toEqual({ stdout: 'hello from exec\n', stderr: '', code: 0 });
    expect((await docker(['exec', 'web', 'sh', '-c', 'exit 5'])).code).toBe(5);
    expect(await docker(['exec', '-i', 'web', 'cat'], {}, 'up and back\n')).toEqual({ stdout: 'up and back\n', stderr: '', code: 0 });
    const missing = await docker(['exec', 'web', 'no-such-command']);
    expect(missing.code).toBe(127);
    expect(missing.stdout).toContain('OCI runtime exec failed');
  });

  it('top, stats --no-stream, rename, pause/unpause', async () => {
    const top = await docker(['top', 'web']);
    expect(top.stdout.split('\n')[0]).toMatch(/^UID\s+PID\s+PPID\s+C\s+STIME\s+TTY\s+TIME\s+CMD$/);
    expect(top.stdout).toContain('sleep 600');
    const stats = await docker(['stats', '--no-stream', '--format', '{{.Name}} {{.PIDs}}', 'web']);
    expect(stats).toEqual({ stdout: 'web 1\n', stderr: '', code: 0 });
    expect(await docker(['rename', 'web', 'site'])).toMatchObject({ code: 0 });
    expect((await docker(['pause', 'site'])).stdout).toBe('site\n');
    expect((await docker(['inspect', '-f', '{{.State.Status}}', 'site'])).stdout).toBe('paused\n');
    expect((await docker(['unpause', 'site'])).stdout).toBe('site\n');
  });

  it('docker cp both ways, diff and commit', async () => {
    writeFileSync(join(work, 'note.txt'), 'a note from the host\n');
    expect(await docker(['cp', join(work, 'note.txt'), 'site:/tmp/'])).toMatchObject({ code: 0 });
    expect(await docker(['cp', 'site:/tmp/note.txt', join(work, 'back.txt')])).toMatchObject({ code: 0 });
    expect(readFileSync(join(work, 'back.txt'), 'utf8')).toBe('a note from the host\n');
    expect(await docker(['cp', 'site:/nope', work])).toMatchObject({ code: 1, stderr: 'Error response from daemon: Could not find the file /nope in container site\n' });
    expect((await docker(['diff', 'site'])).stdout).toBe('C /tmp\nA /tmp/note.txt\n');
    const commit = await docker(['commit', '-c', 'CMD ["cat", "/tmp/note.txt"]', 'site', 'noted:v1']);
    expect(commit.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(await docker(['run', '--rm', 'noted:v1'])).toEqual({ stdout: 'a note from the host\n', stderr: '', code: 0 });
  });

  it('stop, kill, rm and rm -f, with Docker\'s errors', async () => {
    expect(await docker(['rm', 'site'])).toMatchObject({ code: 1, stderr: expect.stringContaining('container is running: stop the container before removing or force remove') });
    expect((await docker(['stop', '-t', '1', 'site'])).stdout).toBe('site\n');
    // PID 1 has no default signal handlers: `sleep` ignores SIGTERM and is killed after the timeout.
    expect((await docker(['inspect', '-f', '{{.State.ExitCode}}', 'site'])).stdout).toBe('137\n');
    expect(await docker(['kill', 'site'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Error response from daemon: cannot kill container: site: container [0-9a-f]{64} is not running\n$/) });
    expect((await docker(['rm', 'site'])).stdout).toBe('site\n');
    await docker(['run', '-d', '--name', 'doomed', 'alpine', 'sleep', '600']);
    expect((await docker(['kill', 'doomed'])).stdout).toBe('doomed\n');
    await docker(['start', 'doomed']);
    expect((await docker(['rm', '-f', 'doomed'])).stdout).toBe('doomed\n');
    expect(await docker(['rm', '-f', 'never-existed'])).toMatchObject({ code: 0 });
    expect(await docker(['stop', 'never-existed'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such container: never-existed\n' });
  });
});

describe('ports, networks, volumes, disk usage', () => {
  it('publishes ports with -p and reports them in port and ps', async () => {
    const run = await docker(['run', '-d', '-p', '8080:80', '--name', 'published', 'alpine', 'sleep', '600']);
    expect(run.code).toBe(0);
    expect((await docker(['port', 'published'])).stdout).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n');
    expect((await docker(['ps', '--filter', 'name=published', '--format', '{{.Ports}}'])).stdout).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n');
    const clash = await docker(['run', '-d', '-p', '8080:80', 'alpine', 'sleep', '600']);
    expect(clash.code).toBe(125);
    expect(clash.stderr).toContain('Bind for 0.0.0.0:8080 failed: port is already allocated');
    await docker(['rm', '-f', 'published']);
  });

  it('network and volume commands, system df', async () => {
    expect((await docker(['network', 'create', 'mynet'])).stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await docker(['network', 'ls', '--format', '{{.Name}} {{.Driver}}'])).stdout).toBe('bridge bridge\nhost host\nmynet bridge\nnone null\n');
    expect((await docker(['volume', 'create', 'myvol'])).stdout).toBe('myvol\n');
    expect((await docker(['run', '--rm', '--network', 'mynet', '-v', 'myvol:/data', 'alpine', 'sh', '-c', 'echo kept > /data/f'])).code).toBe(0);
    expect((await docker(['run', '--rm', '-v', 'myvol:/data', 'alpine', 'cat', '/data/f'])).stdout).toBe('kept\n');
    expect((await docker(['volume', 'ls', '--format', '{{.Name}}'])).stdout).toBe('myvol\n');
    const df = await docker(['system', 'df', '--format', '{{.Type}} {{.TotalCount}}']);
    expect(df.stdout).toMatch(/^Images \d+\nContainers \d+\nLocal Volumes 1\nBuild Cache 0\n$/);
    expect(await docker(['network', 'rm', 'mynet'])).toMatchObject({ code: 0, stdout: 'mynet\n' });
    expect(await docker(['volume', 'rm', 'myvol'])).toMatchObject({ code: 0, stdout: 'myvol\n' });
    expect(await docker(['volume', 'rm', 'myvol'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: get myvol: no such volume\n' });
  });
});

describe('images and registries', () => {
  it('pull, images, tag, login, push, rmi and pull back', async () => {
    const pull = await docker(['pull', 'busybox']);
    expect(pull.code).toBe(0);
    expect(pull.stdout).toMatch(/^Using default tag: latest\nlatest: Pulling from library\/busybox\n[\s\S]*Status: Downloaded newer image for busybox:latest\ndocker.io\/library\/busybox:latest\n$/);
    expect((await docker(['images', '--format', '{{.Repository}}:{{.Tag}}', 'busybox'])).stdout).toBe('busybox:latest\n');
    expect(await docker(['tag', 'busybox', 'localhost:5000/box:1'])).toMatchObject({ code: 0 });
    const denied = await docker(['push', 'localhost:5000/box:1']);
    expect(denied.code).toBe(1);
    expect(await docker(['login', 'localhost:5000', '-u', 'ci', '--password-stdin'], {}, 'wrong\n')).toMatchObject({
      code: 1,
      stderr: 'Error response from daemon: login attempt to https://localhost:5000/v2/ failed with status: 401 Unauthorized\n',
    });
    const login = await docker(['login', 'localhost:5000', '-u', 'ci', '--password-stdin'], {}, 's3cret\n');
    expect(login).toMatchObject({ code: 0, stdout: 'Login Succeeded\n' });
    const push = await docker(['push', 'localhost:5000/box:1']);
    expect(push.code).toBe(0);
    expect(push.stdout).toMatch(/^The push refers to repository \[localhost:5000\/box\]\n[\s\S]*1: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
    expect((await docker(['rmi', 'localhost:5000/box:1'])).stdout).toMatch(/^Untagged: localhost:5000\/box:1\nUntagged: localhost:5000\/box@sha256:[0-9a-f]{64}\n$/);
    const back = await docker(['pull', 'localhost:5000/box:1']);
    expect(back.stdout).toMatch(/Status: Downloaded newer image for localhost:5000\/box:1\nlocalhost:5000\/box:1\n$/);
  });

  it('export a container and import it as an image', async () => {
    const archive = join(work, 'rootfs.tar');
    await docker(['create', '--name', 'exported', 'alpine', 'true']);
    expect(await docker(['export', '-o', archive, 'exported'])).toMatchObject({ code: 0 });
    const imported = await docker(['import', '-c', 'CMD ["cat", "/etc/motd"]', '-m', 'flattened', archive, 'flat:1']);
    expect(imported.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect((await docker(['history', '--format', '{{.Comment}}', 'flat:1'])).stdout).toBe('flattened\n');
    expect(await docker(['run', '--rm', 'flat:1'])).toEqual({ stdout: 'Welcome to Alpine!\n', stderr: '', code: 0 });
  });

  it('search', async () => {
    const { stdout, code } = await docker(['search', '--format', '{{.Name}} {{.IsOfficial}}', 'busybox']);
    expect({ stdout, code }).toEqual({ stdout: 'busybox [OK]\n', code: 0 });
  });

  it('save and load', async () => {
    const archive = join(work, 'box.tar');
    expect(await docker(['save', '-o', archive, 'busybox'])).toMatchObject({ code: 0 });
    expect((await docker(['rmi', '-f', 'busybox'])).code).toBe(0);
    expect(await docker(['load', '-i', archive])).toEqual({ stdout: 'Loaded image: busybox:latest\n', stderr: '', code: 0 });
    expect((await docker(['images', '-q', 'busybox'])).stdout).toMatch(/^[0-9a-f]{12}\n$/);
  });
});
