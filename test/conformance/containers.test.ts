/**
 * Container behaviour on every face: the lifecycle and its errors, wait conditions, logs (streams,
 * tail, since, follow), attach before start, exec (output, stdin, exit codes), top, stats, diff,
 * export, commit, rename, update, resize and prune. The worlds carry the container tests' images
 * and programs (test/helpers/container-world.ts).
 */
import { describe, expect, it } from 'vitest';
import type { DockerClient } from '../../src/client/docker-client.js';
import type { ContainerCreateRequest } from '../../src/container/create.js';
import type { World } from '../../src/world/world.js';
import { equipWorld } from '../helpers/container-world.js';
import { agree, collect, conformance, outcome } from './harness.js';
import type { Face } from './faces.js';

const text = (chunks: readonly { readonly stream: string; readonly data: Uint8Array }[], stream: string) =>
  chunks.filter((c) => c.stream === stream).map((c) => new TextDecoder().decode(c.data)).join('');

/** The world, equipped, and its client. */
function open(face: () => Face): { world: World; docker: DockerClient } {
  const { world, docker } = face();
  equipWorld(world);
  return { world, docker };
}

async function run(docker: DockerClient, request: ContainerCreateRequest, name?: string): Promise<string> {
  const { Id } = await docker.containerCreate(request, name ? { name } : {});
  await docker.containerStart(Id);
  return Id;
}

conformance('containers', (face) => {
  it('runs a container to its exit and keeps its logs, per stream', async () => {
    const { docker } = open(face);
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo out; echo err >&2; exit 3'] }, { name: 'job' });
    const waited = docker.containerWait(Id, 'next-exit');
    await docker.containerStart(Id);
    expect(await waited).toEqual({ StatusCode: 3, Error: null });
    const inspect = await docker.containerInspect('job');
    expect(inspect.State).toMatchObject({ Status: 'exited', ExitCode: 3, Running: false });
    const logs = await collect(docker.containerLogs(Id));
    expect(logs.map((e) => `${e.stream}:${e.line}`)).toEqual(['stdout:out\n', 'stderr:err\n']);
    expect(logs[0]!.time).toBe(Date.parse(inspect.State.StartedAt));
    expect((await collect(docker.containerLogs(Id, { stderr: false }))).map((e) => e.line)).toEqual(['out\n']);
    expect((await docker.containerList({ all: true })).map((c) => `${c.Names[0]} ${c.State}`)).toEqual(['/job exited']);
    await docker.containerDelete('job');
    expect(await outcome(docker.containerInspect('job'))).toEqual({ error: 'NotFound', message: 'No such container: job' });
  });

  it.each([
    ['start a running container', async (d: DockerClient, id: string): Promise<unknown> => d.containerStart(id), { error: 'NotModified', message: 'container is already running' }],
    ['remove a running container', async (d: DockerClient) => d.containerDelete('svc'), { error: 'Conflict', message: 'cannot remove container "svc": container is running: stop the container before removing or force remove' }],
    ['unpause a running container', async (d: DockerClient, id: string) => d.containerUnpause(id), { error: 'Internal', message: 'Container ID is not paused' }],
    ['rename it to its own name', async (d: DockerClient, id: string) => d.containerRename(id, 'svc'), { error: 'InvalidParameter', message: 'Renaming a container with the same name as its current name' }],
    ['wait for a bad condition', async (d: DockerClient, id: string) => d.containerWait(id, 'sometime'), { error: 'InvalidParameter', message: 'invalid condition: "sometime"' }],
  ])('refuses to %s with Docker\'s error', async (_what, act, expected) => {
    const { docker } = open(face);
    const id = await run(docker, { Image: 'alpine', Cmd: ['sleep', '600'] }, 'svc');
    const result = await outcome(act(docker, id));
    expect(result).toEqual({ ...expected, message: expected.message.replace('ID', id) });
  });

  it.each([
    ['stop', (d: DockerClient): Promise<unknown> => d.containerStop('stopped'), { error: 'NotModified', message: 'container is already stopped' }],
    ['kill', (d: DockerClient) => d.containerKill('stopped'), { error: 'Conflict', message: 'cannot kill container: stopped: container ID is not running' }],
    ['pause', (d: DockerClient) => d.containerPause('stopped'), { error: 'Conflict', message: 'container ID is not running' }],
    ['exec in', (d: DockerClient) => d.containerExec('stopped', { Cmd: ['true'] }), { error: 'Conflict', message: 'container ID is not running' }],
    ['resize', (d: DockerClient) => d.containerResize('stopped', { h: 24, w: 80 }), { error: 'Conflict', message: 'container ID is not running' }],
    ['top', (d: DockerClient) => d.containerTop('stopped'), { error: 'Conflict', message: 'container ID is not running' }],
  ])('refuses to %s a stopped container', async (_what, act, expected) => {
    const { docker } = open(face);
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['true'] }, { name: 'stopped' });
    const result = await outcome(act(docker));
    expect(result).toEqual({ ...expected, message: expected.message.replace('ID', Id) });
  });

  it('answers wait conditions: not-running at once, removed after auto-removal', async () => {
    const { docker } = open(face);
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['exit', '7'] });
    expect(await docker.containerWait(Id)).toEqual({ StatusCode: 0, Error: null });
    const gone = await docker.containerCreate({ Image: 'alpine', Cmd: ['exit', '5'], HostConfig: { AutoRemove: true } });
    const removed = docker.containerWait(gone.Id, 'removed');
    await docker.containerStart(gone.Id);
    expect(await removed).toEqual({ StatusCode: 5, Error: null });
    expect(await outcome(docker.containerInspect(gone.Id))).toEqual({ error: 'NotFound', message: `No such container: ${gone.Id}` });
  });

  it('stops with the stop signal, then SIGKILL after the timeout (virtual time)', async () => {
    const { world, docker } = open(face);
    const id = await run(docker, { Image: 'alpine', Cmd: ['sleep', '600'] });
    const t0 = world.clock.now();
    await docker.containerStop(id, { timeout: 3 });
    expect(world.clock.now() - t0).toBe(3000);
    expect((await docker.containerInspect(id)).State).toMatchObject({ Status: 'exited', ExitCode: 137 });
    const trapped = await run(docker, { Image: 'alpine', Cmd: ['trap-term'] });
    await docker.containerStop(trapped);
    expect((await docker.containerInspect(trapped)).State.ExitCode).toBe(0);
  });

  it('follows logs until the container stops; tail and since cut them', async () => {
    const { world, docker } = open(face);
    const id = await run(docker, { Image: 'alpine', Cmd: ['ticker'] });
    const t0 = world.clock.now();
    const followed = collect(docker.containerLogs(id, { follow: true }));
    await world.clock.hold(world.clock.sleep(3500));
    await docker.containerKill(id);
    const lines = (await followed).map((e) => `${e.stream} ${e.line.trim()} +${e.time - t0}`);
    expect(lines).toEqual(['stdout tick 1 +0', 'stdout tick 2 +1000', 'stderr even 2 +1000', 'stdout tick 3 +2000', 'stdout tick 4 +3000', 'stderr even 4 +3000']);
    expect((await collect(docker.containerLogs(id, { tail: 2 }))).map((e) => e.line)).toEqual(['tick 4\n', 'even 4\n']);
    expect((await collect(docker.containerLogs(id, { since: t0 + 2000 }))).map((e) => e.line.trim())).toEqual(['tick 3', 'tick 4', 'even 4']);
  });

  it('attaches before start and sees all output; stdin reaches an interactive container', async () => {
    const { docker } = open(face);
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo out; echo err >&2'], AttachStdout: true, AttachStderr: true });
    const attachment = await docker.containerAttach(Id, { stdout: true, stderr: true, stream: true });
    await docker.containerStart(Id);
    const chunks = await collect(attachment.output);
    expect([text(chunks, 'stdout'), text(chunks, 'stderr'), attachment.tty]).toEqual(['out\n', 'err\n', false]);

    const cat = await docker.containerCreate({ Image: 'alpine', Cmd: ['cat'], OpenStdin: true, StdinOnce: true, AttachStdin: true, AttachStdout: true });
    const piped = await docker.containerAttach(cat.Id, { stdin: true, stdout: true, stream: true });
    const waited = docker.containerWait(cat.Id, 'next-exit');
    await docker.containerStart(cat.Id);
    piped.stdin!.write('hello through stdin\n');
    piped.stdin!.end();
    expect(text(await collect(piped.output), 'stdout')).toBe('hello through stdin\n');
    expect(await waited).toEqual({ StatusCode: 0, Error: null });
  });

  it('replays the log on attach with logs=1 and no stream; names may carry their slash', async () => {
    const { docker } = open(face);
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo first; echo second >&2'] }, { name: 'replay' });
    const waited = docker.containerWait(Id, 'next-exit');
    await docker.containerStart(Id);
    await waited;
    const attachment = await docker.containerAttach('/replay', { logs: true, stream: false, stdout: true, stderr: true });
    const chunks = await collect(attachment.output);
    expect([text(chunks, 'stdout'), text(chunks, 'stderr')]).toEqual(['first\n', 'second\n']);
    expect((await docker.containerInspect('/replay')).Id).toBe(Id);
  });

  it('gives a TTY container raw output with CRLF', async () => {
    const { docker } = open(face);
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo one; echo two >&2'], Tty: true });
    const attachment = await docker.containerAttach(Id, { stdout: true, stderr: true });
    await docker.containerStart(Id);
    const chunks = await collect(attachment.output);
    expect([text(chunks, 'stdout'), text(chunks, 'stderr'), attachment.tty]).toEqual(['one\r\ntwo\r\n', '', true]);
    expect((await collect(docker.containerLogs(Id))).map((e) => `${e.stream}:${e.line}`)).toEqual(['stdout:one\r\n', 'stdout:two\r\n']);
  });

  it('runs execs: output per stream, stdin, exit codes, inspect', async () => {
    const { docker } = open(face);
    const id = await run(docker, { Image: 'alpine', Cmd: ['sleep', '600'] });
    const exec = await docker.containerExec(id, { Cmd: ['sh', '-c', 'echo in-exec; echo oops >&2; exit 4'], AttachStdout: true, AttachStderr: true });
    const session = await docker.execStart(exec.Id, { Tty: false });
    const chunks = await collect(session.output);
    expect([text(chunks, 'stdout'), text(chunks, 'stderr'), await session.exited]).toEqual(['in-exec\n', 'oops\n', 4]);
    expect(await docker.execInspect(exec.Id)).toMatchObject({ ID: exec.Id, Running: false, ExitCode: 4, ContainerID: id, ProcessConfig: { entrypoint: 'sh', arguments: ['-c', 'echo in-exec; echo oops >&2; exit 4'], tty: false } });

    const cat = await docker.containerExec(id, { Cmd: ['cat'], AttachStdin: true, AttachStdout: true });
    const piped = await docker.execStart(cat.Id);
    piped.stdin!.write('ping\n');
    piped.stdin!.end();
    expect([text(await collect(piped.output), 'stdout'), await piped.exited]).toEqual(['ping\n', 0]);

    const missing = await docker.containerExec(id, { Cmd: ['no-such-binary'], AttachStdout: true });
    const failed = await docker.execStart(missing.Id);
    expect(text(await collect(failed.output), 'stdout')).toContain('OCI runtime exec failed');
    expect(await failed.exited).toBe(127);
    expect(await outcome(docker.execStart(exec.Id))).toEqual({ error: 'Conflict', message: `exec command ${exec.Id} has already run` });
    expect(await outcome(docker.execInspect('nope'))).toEqual({ error: 'NotFound', message: 'No such exec instance: nope' });
  });

  it('waits for a detached exec through its exit', async () => {
    const { world, docker } = open(face);
    const id = await run(docker, { Image: 'alpine', Cmd: ['sleep', '600'] });
    const exec = await docker.containerExec(id, { Cmd: ['sh', '-c', 'sleep 2; exit 9'] });
    const t0 = world.clock.now();
    const session = await docker.execStart(exec.Id, { Detach: true });
    expect(await collect(session.output)).toEqual([]);
    let code: number | undefined;
    void session.exited.then((c) => (code = c));
    // Move time in steps here: holding the clock across a socket would let it run on while bytes travel.
    while (code === undefined) await world.clock.hold(world.clock.sleep(500));
    expect(code).toBe(9);
    expect(world.clock.now() - t0).toBeGreaterThanOrEqual(2000);
    expect(await docker.execInspect(exec.Id)).toMatchObject({ Running: false, ExitCode: 9 });
  });

  it('shows processes, stats, changes; exports, commits, renames, updates, resizes', async () => {
    const { docker } = open(face);
    const { world } = face();
    const id = await run(docker, { Image: 'alpine', Cmd: ['sh', '-c', 'write /tmp/made hi; sleep 600'] }, 'box');
    // Let the shell run its script to its last command (which it execs) on every face.
    await world.clock.hold(world.clock.sleep(100));
    const top = await docker.containerTop(id);
    expect(top.Titles).toEqual(['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']);
    expect(top.Processes.map((p) => p.at(-1))).toEqual(['sleep 600']);
    const [stats] = await collect(docker.containerStats(id, { stream: false }));
    expect(stats).toMatchObject({ id, name: '/box', pids_stats: { current: 1 } });
    expect(await docker.containerChanges(id)).toEqual([
      { Kind: 0, Path: '/tmp' },
      { Kind: 1, Path: '/tmp/made' },
    ]);
    const tar = await docker.containerExport(id);
    expect(new TextDecoder().decode(tar)).toContain('tmp/made');
    const committed = await docker.imageCommit('box', { repo: 'snap', tag: 'v1', comment: 'taken', changes: ['CMD ["cat", "/tmp/made"]'] });
    expect((await docker.imageInspect('snap:v1')).Id).toBe(committed.Id);
    expect((await docker.imageInspect('snap:v1')).Config.Cmd).toEqual(['cat', '/tmp/made']);
    await docker.containerRename('box', 'crate');
    expect((await docker.containerInspect(id)).Name).toBe('/crate');
    expect(await docker.containerUpdate('crate', { Memory: 64 * 1024 * 1024 })).toEqual({ Warnings: [] });
    expect((await docker.containerInspect(id)).HostConfig.Memory).toBe(64 * 1024 * 1024);
    await docker.containerResize('crate', { h: 40, w: 120 });
    await docker.containerPause('crate');
    expect((await docker.containerInspect(id)).State.Status).toBe('paused');
    await docker.containerUnpause('crate');
    await docker.containerDelete('crate', { force: true });
    expect(await docker.containerList({ all: true })).toEqual([]);
  });

  it('prunes stopped containers only', async () => {
    const { docker } = open(face);
    const keep = await run(docker, { Image: 'alpine', Cmd: ['sleep', '600'] });
    const { Id: done } = await docker.containerCreate({ Image: 'alpine', Cmd: ['true'] });
    const pruned = await docker.containerPrune();
    expect(pruned.ContainersDeleted).toEqual([done]);
    expect((await docker.containerList({ all: true })).map((c) => c.Id)).toEqual([keep]);
  });
});

/** A one-file ustar archive whose entry name is written as given (`../x` included). */
function rawTar(name: string, content: string): Uint8Array {
  const data = new TextEncoder().encode(content);
  const header = new Uint8Array(512);
  const put = (at: number, text: string) => header.set(new TextEncoder().encode(text), at);
  put(0, name);
  put(100, '0000644\0');
  put(108, '0000000\0');
  put(116, '0000000\0');
  put(124, `${data.length.toString(8).padStart(11, '0')}\0`);
  put(136, '00000000000\0');
  put(148, '        ');
  put(156, '0');
  put(257, 'ustar\0');
  put(263, '00');
  put(148, `${header.reduce((sum, b) => sum + b, 0).toString(8).padStart(6, '0')}\0 `);
  const body = new Uint8Array(Math.ceil(data.length / 512) * 512);
  body.set(data);
  const out = new Uint8Array(512 + body.length + 1024);
  out.set(header);
  out.set(body, 512);
  return out;
}

describe('the archive (docker cp)', () => {
  conformance('archive', (face) => {
    it('stats a path with Go file-mode bits, round-trips a tar, and refuses escapes and missing paths', async () => {
      const { docker } = open(face);
      const id = await run(docker, { Image: 'alpine', Cmd: ['sleep', '600'] }, 'files');
      const etc = await docker.containerArchiveInfo(id, '/etc');
      expect({ name: etc.name, mode: etc.mode }).toEqual({ name: 'etc', mode: 2 ** 31 + 0o755 });
      const { stat, tar } = await docker.containerArchive(id, '/etc/motd');
      expect(stat).toMatchObject({ name: 'motd', size: 19, mode: 0o644, linkTarget: '' });
      await docker.putContainerArchive(id, '/tmp', tar);
      const back = await docker.containerArchive(id, '/tmp/motd');
      expect(back.stat.size).toBe(19);
      expect(new TextDecoder().decode(back.tar)).toContain('Welcome to Alpine!');
      expect(await outcome(docker.containerArchiveInfo(id, '/nope'))).toEqual({ error: 'NotFound', message: 'Could not find the file /nope in container ' + id });
      expect(await outcome(docker.containerArchive('files', '/nope'))).toEqual({ error: 'NotFound', message: 'Could not find the file /nope in container files' });
      expect(await outcome(docker.putContainerArchive(id, '/etc/motd', tar))).toEqual({ error: 'InvalidParameter', message: 'extraction point is not a directory' });
      expect(await outcome(docker.putContainerArchive(id, '/tmp', rawTar('../escaped', 'x')))).toEqual({ error: 'Internal', message: '"../escaped" is outside of "/tmp"' });
      expect(await outcome(docker.containerArchiveInfo(id, '/escaped'))).toMatchObject({ error: 'NotFound' });
      await docker.putContainerArchive(id, '/tmp', rawTar('inside', 'ok'));
      expect((await docker.containerArchiveInfo(id, '/tmp/inside')).size).toBe(2);
    });
  });
});

agree('a container day: run, exec, logs, errors, commit', async ({ world, docker }) => {
  equipWorld(world);
  const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['ticker'] }, { name: 'ticking' });
  await docker.containerStart(Id);
  await world.clock.hold(world.clock.sleep(2500));
  const exec = await docker.containerExec(Id, { Cmd: ['echo', 'from', 'exec'], AttachStdout: true });
  const session = await docker.execStart(exec.Id);
  const execOut = text(await collect(session.output), 'stdout');
  await docker.containerStop(Id, { timeout: 1 });
  return {
    inspect: await docker.containerInspect(Id, { size: true }),
    list: await docker.containerList({ all: true, size: true }),
    execOut,
    exitCode: await session.exited,
    execInspect: await docker.execInspect(exec.Id),
    logs: await collect(docker.containerLogs(Id, { tail: 3 })),
    errors: [
      await outcome(docker.containerStart('nope')),
      await outcome(docker.containerCreate({ Image: 'nosuchimage' })),
      await outcome(docker.containerCreate({ Image: 'alpine' }, { name: 'ticking' })),
      await outcome(docker.containerCreate({ Image: 'alpine' }, { name: 'x' })),
    ],
    commit: await docker.imageCommit(Id, { repo: 'ticker-snap' }),
    events: (await collect(docker.systemEvents({ since: 0, until: world.clock.now() }))).map((e) => `${e.Type} ${e.Action}`),
  };
});
