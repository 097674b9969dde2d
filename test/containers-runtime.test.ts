/**
 * The container runtime end to end through the in-process client: exec, attach, top, stats,
 * health checks, the writable layer (diff, cp, export, commit, sizes) and logs across save/load.
 */
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../src/core/errors.js';
import { readTar } from '../src/fs/tar-read.js';
import { treeToTar } from '../src/fs/tar-write.js';
import { buildTree } from '../src/fs/tree.js';
import { createWorld } from '../src/world/world.js';
import { containerWorld } from './helpers/container-world.js';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

const text = (chunks: readonly { data: Uint8Array }[]) => chunks.map((c) => new TextDecoder().decode(c.data)).join('');

async function rejection(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isDockerError(error)) return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('expected a rejection');
}

function actionsOf(world: ReturnType<typeof containerWorld>, id: string): string[] {
  return world.host().state.events.filter((e) => e.Actor.ID === id).map((e) => e.Action);
}

async function running(world = containerWorld(), request: Parameters<ReturnType<typeof containerWorld>['client']>[0] extends never ? never : object = {}) {
  const docker = world.client();
  const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '3600'], ...request });
  await docker.containerStart(Id);
  return { world, docker, Id };
}

describe('exec', () => {
  it('runs a command in the container: output, ExitCode, Running, Pid and events', async () => {
    const { world, docker, Id } = await running();
    const { Id: execId } = await docker.containerExec(Id, { Cmd: ['sh', '-c', 'echo out; echo err >&2; exit 4'], AttachStdout: true, AttachStderr: true });
    expect(await docker.execInspect(execId)).toMatchObject({ Running: false, ExitCode: null, Pid: 0, ContainerID: Id, ProcessConfig: { entrypoint: 'sh', arguments: ['-c', 'echo out; echo err >&2; exit 4'] } });
    expect((await docker.containerInspect(Id)).ExecIDs).toEqual([execId]);
    const session = await docker.execStart(execId);
    const chunks = await collect(session.output);
    expect(await session.exited).toBe(4);
    expect(text(chunks.filter((c) => c.stream === 'stdout'))).toBe('out\n');
    expect(text(chunks.filter((c) => c.stream === 'stderr'))).toBe('err\n');
    const inspect = await docker.execInspect(execId);
    expect(inspect).toMatchObject({ Running: false, ExitCode: 4 });
    expect(inspect.Pid).toBeGreaterThan(1000);
    expect((await docker.containerInspect(Id)).ExecIDs).toBeNull();
    const cmd = 'sh -c echo out; echo err >&2; exit 4';
    expect(actionsOf(world, Id).slice(-3)).toEqual([`exec_create: ${cmd}`, `exec_start: ${cmd}`, 'exec_die']);
  });

  it('sees the container env plus its own, its working dir and user', async () => {
    const { docker, Id } = await running(containerWorld(), { Env: ['A=1'] });
    const { Id: execId } = await docker.containerExec(Id, { Cmd: ['env'], Env: ['B=2'], WorkingDir: '/tmp', AttachStdout: true });
    const out = text(await collect((await docker.execStart(execId)).output));
    expect(out).toContain('A=1\n');
    expect(out).toContain('B=2\n');
    expect(out).toContain('cwd=/tmp');
  });

  it('a missing command fails with runc\'s text in the stream and exit 127', async () => {
    const { docker, Id } = await running();
    const { Id: execId } = await docker.containerExec(Id, { Cmd: ['nosuch'], AttachStdout: true });
    const session = await docker.execStart(execId);
    expect(text(await collect(session.output))).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\r\n');
    expect(await session.exited).toBe(127);
    expect((await docker.execInspect(execId)).ExitCode).toBe(127);
  });

  it.each([
    ['a created container', 'created', 'Conflict', (id: string) => `container ${id} is not running`],
    ['a paused container', 'paused', 'Conflict', (id: string) => `Container ${id} is paused, unpause the container before exec`],
    ['an exited container', 'exited', 'Conflict', (id: string) => `container ${id} is not running`],
  ] as const)('is refused on %s', async (_, state, kind, message) => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '3600'] });
    if (state !== 'created') await docker.containerStart(Id);
    if (state === 'paused') await docker.containerPause(Id);
    if (state === 'exited') await docker.containerKill(Id);
    expect(await rejection(docker.containerExec(Id, { Cmd: ['true'] }))).toEqual({ kind, message: message(Id) });
  });

  it('has Docker\'s errors for a missing command, a missing exec and a second start', async () => {
    const { docker, Id } = await running();
    expect(await rejection(docker.containerExec(Id, { Cmd: [] }))).toEqual({ kind: 'InvalidParameter', message: 'No exec command specified' });
    expect(await rejection(docker.execInspect('nope'))).toEqual({ kind: 'NotFound', message: 'No such exec instance: nope' });
    const { Id: execId } = await docker.containerExec(Id, { Cmd: ['exit', '0'] });
    await (await docker.execStart(execId)).exited;
    expect(await rejection(docker.execStart(execId))).toEqual({ kind: 'Conflict', message: `exec command ${execId} has already run` });
  });

  it('dies with the container: an exec still running when PID 1 is killed exits 137', async () => {
    const { docker, Id } = await running();
    const { Id: execId } = await docker.containerExec(Id, { Cmd: ['sleep', '100'] });
    const session = await docker.execStart(execId, { Detach: true });
    await docker.containerKill(Id);
    expect(await session.exited).toBe(137);
  });
});

describe('attach', () => {
  it('attached before start, a client sees all output and the stream ends at exit', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo one; echo two >&2'] });
    const attachment = await docker.containerAttach(Id, { stdout: true, stderr: true, stream: true });
    await docker.containerStart(Id);
    const chunks = await collect(attachment.output);
    expect(chunks.map((c) => [c.stream, new TextDecoder().decode(c.data)])).toEqual([['stdout', 'one\n'], ['stderr', 'two\n']]);
    expect(actionsOf(world, Id)).toContain('attach');
  });

  it('-i: stdin written by the client reaches the process; StdinOnce closes it at the client\'s end', async () => {
    const docker = containerWorld().client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['cat'], OpenStdin: true, StdinOnce: true, AttachStdin: true });
    const attachment = await docker.containerAttach(Id, { stdin: true, stdout: true, stream: true });
    const waited = docker.containerWait(Id, 'next-exit');
    await docker.containerStart(Id);
    attachment.stdin!.write('input-data\n');
    attachment.stdin!.end();
    expect(text(await collect(attachment.output))).toBe('input-data\n');
    expect((await waited).StatusCode).toBe(0);
  });

  it('-t: output is terminal output (\\r\\n), on stdout only', async () => {
    const docker = containerWorld().client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo a; echo b >&2'], Tty: true });
    const attachment = await docker.containerAttach(Id, { stdout: true, stderr: true });
    await docker.containerStart(Id);
    const chunks = await collect(attachment.output);
    expect(attachment.tty).toBe(true);
    expect(text(chunks)).toBe('a\r\nb\r\n');
    expect(chunks.every((c) => c.stream === 'stdout')).toBe(true);
  });

  it('logs=1 replays the log; a paused container refuses', async () => {
    const { docker, Id } = await running(containerWorld(), { Cmd: ['ticker'] });
    const replay = await docker.containerAttach(Id, { stdout: true, logs: true, stream: false });
    expect(text(await collect(replay.output))).toBe('tick 1\n');
    await docker.containerPause(Id);
    expect(await rejection(docker.containerAttach(Id, { stdout: true }))).toEqual({ kind: 'Conflict', message: `container ${Id} is paused, unpause the container before attach` });
  });
});

describe('top and stats', () => {
  it('top lists PID 1 and execs with host pids, ps -ef columns', async () => {
    const { docker, Id } = await running();
    const { Id: execId } = await docker.containerExec(Id, { Cmd: ['sleep', '50'] });
    await docker.execStart(execId, { Detach: true });
    const top = await docker.containerTop(Id);
    expect(top.Titles).toEqual(['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']);
    expect(top.Processes.map((p) => [p[0], p[7]])).toEqual([['root', 'sleep 3600'], ['root', 'sleep 50']]);
    expect(top.Processes[0]![1]).toBe(String((await docker.containerInspect(Id)).State.Pid));
    expect((await docker.containerTop(Id, 'aux')).Titles[0]).toBe('USER');
  });

  it('top on a stopped container is a conflict', async () => {
    const docker = containerWorld().client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'] });
    expect(await rejection(docker.containerTop(Id))).toEqual({ kind: 'Conflict', message: `container ${Id} is not running` });
  });

  it('stats: deterministic CPU growing with virtual time, memory with declared use and the limit', async () => {
    const { world, docker, Id } = await running(containerWorld(), { Cmd: ['hog', String(50 * 1024 * 1024)], HostConfig: { Memory: 512 * 1024 * 1024 } });
    await world.clock.hold(world.clock.sleep(2000));
    const [first] = await collect(docker.containerStats(Id, { stream: false }));
    expect(first!.memory_stats.limit).toBe(512 * 1024 * 1024);
    expect(first!.memory_stats.usage).toBeGreaterThan(50 * 1024 * 1024);
    expect(first!.pids_stats.current).toBe(1);
    expect(first!.cpu_stats.cpu_usage.total_usage).toBeGreaterThan(first!.precpu_stats.cpu_usage.total_usage);
    const stream = docker.containerStats(Id)[Symbol.asyncIterator]();
    const a = (await stream.next()).value!;
    const b = (await stream.next()).value!;
    expect(Date.parse(b.read) - Date.parse(a.read)).toBe(1000);
    await stream.return?.();
  });

  it('a stopped container reports zeros', async () => {
    const docker = containerWorld().client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'] });
    const [sample] = await collect(docker.containerStats(Id, { stream: false }));
    expect(sample).toMatchObject({ read: '0001-01-01T00:00:00Z', cpu_stats: { cpu_usage: { total_usage: 0 } }, memory_stats: {} });
  });
});

describe('health checks', () => {
  it('starting → healthy → unhealthy after `retries` failures, with health_status events and a log of 5', async () => {
    const { world, docker, Id } = await running(containerWorld(), {
      Cmd: ['sh', '-c', 'echo > /tmp/healthy; sleep 3600'],
      Healthcheck: { Test: ['CMD', 'check', '/tmp/healthy'], Interval: 1e9, Retries: 2 },
    });
    expect((await docker.containerInspect(Id)).State.Health?.Status).toBe('starting');
    const list = async () => (await docker.containerList({ all: true }))[0]!.Status;
    expect(await list()).toBe('Up Less than a second (health: starting)');
    await world.clock.hold(world.clock.sleep(1000));
    expect((await docker.containerInspect(Id)).State.Health).toMatchObject({ Status: 'healthy', FailingStreak: 0 });
    expect(await list()).toBe('Up 1 second (healthy)');
    const { Id: execId } = await docker.containerExec(Id, { Cmd: ['remove', '/tmp/healthy'] });
    await (await docker.execStart(execId)).exited;
    await world.clock.hold(world.clock.sleep(2500));
    const health = (await docker.containerInspect(Id)).State.Health!;
    expect(health).toMatchObject({ Status: 'unhealthy', FailingStreak: 2 });
    expect(health.Log.at(-1)).toMatchObject({ ExitCode: 1, Output: 'not ready\n' });
    await world.clock.hold(world.clock.sleep(10_000));
    expect((await docker.containerInspect(Id)).State.Health!.Log).toHaveLength(5);
    expect(actionsOf(world, Id).filter((a) => a.startsWith('health_status'))).toEqual(['health_status: healthy', 'health_status: unhealthy']);
  });

  it('a probe that outlives its timeout counts as exit -1 with Docker\'s text', async () => {
    const { world, docker, Id } = await running(containerWorld(), { Healthcheck: { Test: ['CMD', 'sleep', '10'], Interval: 1e9, Timeout: 5e8, Retries: 1 } });
    await world.clock.hold(world.clock.sleep(1600));
    const health = (await docker.containerInspect(Id)).State.Health!;
    expect(health.Status).toBe('unhealthy');
    expect(health.Log[0]).toMatchObject({ ExitCode: -1, Output: 'Health check exceeded timeout (500ms)' });
  });

  it('failures within the start period do not count', async () => {
    const { world, docker, Id } = await running(containerWorld(), { Healthcheck: { Test: ['CMD', 'exit', '1'], Interval: 1e9, StartPeriod: 10e9, StartInterval: 1e9, Retries: 1 } });
    await world.clock.hold(world.clock.sleep(5000));
    expect((await docker.containerInspect(Id)).State.Health).toMatchObject({ Status: 'starting', FailingStreak: 0 });
    await world.clock.hold(world.clock.sleep(6000));
    expect((await docker.containerInspect(Id)).State.Health!.Status).toBe('unhealthy');
  });

  it('the image\'s healthcheck runs as its user through the shell (web image)', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'web' });
    await docker.containerStart(Id);
    await world.clock.hold(world.clock.sleep(5000));
    expect((await docker.containerInspect(Id)).State.Health!.Status).toBe('healthy');
    await docker.containerStop(Id);
    expect((await docker.containerInspect(Id)).State.Health!.Status).toBe('unhealthy');
  });
});

describe('the writable layer', () => {
  it('diff lists A/C/D; the layer survives stop/start and is lost on rm', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo hi > /tmp/new; echo changed > /etc/motd; remove /root/.keep'] });
    await docker.containerStart(Id);
    await docker.containerWait(Id);
    const diff = (await docker.containerChanges(Id)).map((c) => `${'CAD'[c.Kind]} ${c.Path}`);
    expect(diff).toEqual(['C /etc', 'C /etc/motd', 'C /root', 'D /root/.keep', 'C /tmp', 'A /tmp/new']);
    await docker.containerStart(Id);
    await docker.containerWait(Id);
    expect((await docker.containerChanges(Id)).length).toBe(6);
    await docker.containerDelete(Id);
    expect(world.host().state.containerLayers.has(Id)).toBe(false);
    const { Id: fresh } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'] });
    expect(await docker.containerChanges(fresh)).toEqual([]);
    expect(new TextDecoder().decode((await readTar((await docker.containerArchive(fresh, '/etc/motd')).tar))[0]!.data)).toBe('Welcome to Alpine!\n');
  });

  it('archive: stat in Go FileMode bits, GET with the basename on top, 404 with Docker\'s text', async () => {
    const docker = containerWorld().client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'], name: undefined } as never, { name: 'web' });
    expect(await docker.containerArchiveInfo('web', '/etc')).toMatchObject({ name: 'etc', mode: 2147484141, size: 4096, linkTarget: '' });
    expect(await docker.containerArchiveInfo('web', '/etc/motd')).toMatchObject({ name: 'motd', mode: 420 });
    expect((await docker.containerArchiveInfo('web', '/bin/sh')).mode).toBe(2 ** 27 + 0o777);
    const entries = await readTar((await docker.containerArchive(Id, '/etc')).tar);
    expect(entries[0]!.path).toBe('etc');
    expect(entries.map((e) => e.path)).toContain('etc/motd');
    expect(await rejection(docker.containerArchive('web', '/nosuch'))).toEqual({ kind: 'NotFound', message: 'Could not find the file /nosuch in container web' });
  });

  it('PUT extracts a tar into a directory, as root, and rejects entries that escape it (nothing written)', async () => {
    const docker = containerWorld().client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'] });
    const tar = treeToTar(buildTree({ 'local.txt': { file: 'from host\n', mode: 0o640, uid: 1000, gid: 1000 }, 'dir/inner': 'x' }));
    await docker.putContainerArchive(Id, '/tmp', tar);
    expect(await docker.containerArchiveInfo(Id, '/tmp/local.txt')).toMatchObject({ size: 10, mode: 0o640 });
    expect((await docker.containerChanges(Id)).map((c) => c.Path)).toEqual(['/tmp', '/tmp/dir', '/tmp/dir/inner', '/tmp/local.txt']);
    const evil = new Uint8Array(await (async () => treeToTar(buildTree({ 'a/b': 'x' }), { prefix: '../../' }))());
    const before = await docker.containerChanges(Id);
    const error = await rejection(docker.putContainerArchive(Id, '/tmp', evil));
    expect(error.message).toContain('is outside of "/tmp"');
    expect(await docker.containerChanges(Id)).toEqual(before);
    expect(await rejection(docker.putContainerArchive(Id, '/etc/motd', tar))).toEqual({ kind: 'InvalidParameter', message: 'extraction point is not a directory' });
    expect(await rejection(docker.putContainerArchive(Id, '/tmp', treeToTar(buildTree({ dir: 'a file now' })), { noOverwriteDirNonDir: true }))).toEqual({
      kind: 'InvalidParameter',
      message: 'cannot overwrite directory "/tmp/dir" with non-directory "dir"',
    });
  });

  it('export is the merged root; sizes count the writable layer', async () => {
    const docker = containerWorld().client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['write', '/big', 'x'.repeat(1000)] });
    await docker.containerStart(Id);
    await docker.containerWait(Id);
    const paths = (await readTar(await docker.containerExport(Id))).map((e) => e.path);
    expect(paths).toContain('big');
    expect(paths).toContain('etc/motd');
    const inspect = await docker.containerInspect(Id, { size: true });
    expect(inspect.SizeRw).toBe(1000);
    expect(inspect.SizeRootFs).toBeGreaterThan(1000);
    const [row] = await docker.containerList({ all: true, size: true });
    expect(row!.SizeRw).toBe(1000);
    expect((await docker.containerInspect(Id)).SizeRw).toBeUndefined();
  });

  it('commit makes an image of the writable layer with changes, author, comment and history; containers of it see the file', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo saved > /data.txt; sleep 3600'] });
    await docker.containerStart(Id);
    await world.clock.hold(world.clock.sleep(10));
    const { Id: imageId } = await docker.imageCommit(Id, { repo: 'snap', tag: 'v1', author: 'me', comment: 'msg', changes: ['CMD ["cat", "/data.txt"]', 'ENV X=1'] });
    expect(imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(actionsOf(world, Id).slice(-3)).toEqual(['pause', 'commit', 'unpause']);
    expect((await docker.containerInspect(Id)).State.Status).toBe('running');
    const image = world.host().daemon.images.inspect('snap:v1');
    expect(image.Config).toMatchObject({ Cmd: ['cat', '/data.txt'] });
    expect(image.Config?.Env).toContain('X=1');
    expect(image.Author).toBe('me');
    const history = world.host().daemon.images.history('snap:v1');
    expect(history[0]).toMatchObject({ CreatedBy: 'sh -c echo saved > /data.txt; sleep 3600', Comment: 'msg' });
    const { Id: child } = await docker.containerCreate({ Image: 'snap:v1', Cmd: ['sh', '-c', 'cat /data.txt; echo $X'] });
    await docker.containerStart(child);
    await docker.containerWait(child);
    expect(world.host().daemon.containers.runtime.logs.entries(child).map((e) => e.line)).toEqual(['saved\n', '1\n']);
    expect(await rejection(docker.imageCommit(Id, { changes: ['RUN echo'] }))).toEqual({ kind: 'InvalidParameter', message: 'run is not a valid change command' });
  });

  it('commit of an unchanged container adds no layer (empty_layer history); --pause=false does not pause', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '3600'] });
    await docker.containerStart(Id);
    const { Id: imageId } = await docker.imageCommit(Id, { pause: false });
    expect(actionsOf(world, Id).at(-1)).toBe('commit');
    expect(actionsOf(world, Id)).not.toContain('pause');
    const base = world.host().daemon.images.inspect('alpine');
    const committed = world.host().daemon.images.inspect(imageId);
    expect(committed.RootFS.Layers).toEqual(base.RootFS.Layers);
  });
});

describe('logs and layers across save/load', () => {
  it('a saved world keeps each container\'s log lines and writable layer', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo kept; echo note > /tmp/n'] });
    await docker.containerStart(Id);
    await docker.containerWait(Id);
    const restored = createWorld({ from: JSON.parse(JSON.stringify(world.save())) });
    const entries = [];
    for await (const entry of restored.client().containerLogs(Id)) entries.push(entry.line);
    expect(entries).toEqual(['kept\n']);
    expect(restored.host().state.containerLayers.get(Id)).toBeDefined();
  });
});

describe('users', () => {
  it('USER by name comes from /etc/passwd (uid, HOME); an unknown user fails the start with exit 128', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'web', Entrypoint: ['env'], Cmd: [] });
    await docker.containerStart(Id);
    await docker.containerWait(Id);
    const out = world.host().daemon.containers.runtime.logs.entries(Id).map((e) => e.line).join('');
    expect(out).toContain('HOME=/home/node\n');
    expect(out).toContain('uid=1000');
    const { Id: bad } = await docker.containerCreate({ Image: 'alpine', User: 'ghost', Cmd: ['sleep', '1'] });
    const error = await rejection(docker.containerStart(bad));
    expect(error.message).toContain('unable to find user ghost: no matching entries in passwd file');
    expect((await docker.containerInspect(bad)).State).toMatchObject({ Status: 'created', ExitCode: 128 });
  });
});
