/**
 * End-to-end container lifecycle through the in-process client: real programs, virtual time,
 * Docker's exit codes, events and STATUS texts.
 */
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../src/core/errors.js';
import type { DockerEvent } from '../src/core/events.js';
import { containerWorld } from './helpers/container-world.js';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

function actions(world: ReturnType<typeof containerWorld>, id: string): string[] {
  return world
    .host()
    .state.events.filter((e: DockerEvent) => e.Actor.ID === id)
    .map((e) => (e.Action === 'kill' ? `kill(${e.Actor.Attributes['signal']})` : e.Action === 'die' ? `die(${e.Actor.Attributes['exitCode']})` : e.Action));
}

describe('container lifecycle end to end', () => {
  it('runs hello-world: create → wait → start → exit 0, with its output in the logs', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'hello-world' });
    const waited = docker.containerWait(Id, 'next-exit');
    await docker.containerStart(Id);
    expect(await waited).toEqual({ StatusCode: 0, Error: null });
    const lines = (await collect(docker.containerLogs(Id))).map((e) => e.line).join('');
    expect(lines).toContain('Hello from Docker!\n');
    const info = await docker.containerInspect(Id);
    expect(info.State).toMatchObject({ Status: 'exited', ExitCode: 0, Running: false, Pid: 0 });
    expect(actions(world, Id)).toEqual(['create', 'start', 'die(0)']);
  });

  it('stops a PID-1 `sleep` that ignores SIGTERM with SIGKILL after 10 s of virtual time: 137', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '100'] });
    await docker.containerStart(Id);
    const before = world.clock.now();
    await docker.containerStop(Id);
    expect(world.clock.now() - before).toBe(10_000);
    const info = await docker.containerInspect(Id);
    expect(info.State.ExitCode).toBe(137);
    expect(actions(world, Id)).toEqual(['create', 'start', 'kill(15)', 'kill(9)', 'die(137)', 'stop']);
  });

  it('a program that traps SIGTERM and exits 0 stops at once with exit 0', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['trap-term'] });
    await docker.containerStart(Id);
    const before = world.clock.now();
    await docker.containerStop(Id, { timeout: 3 });
    expect(world.clock.now()).toBe(before);
    expect((await docker.containerInspect(Id)).State.ExitCode).toBe(0);
  });

  it.each([
    ['exit', ['exit', '3'], 3],
    ['exit', ['exit', '0'], 0],
    ['missing program', ['nosuch'], 127],
  ])('propagates exit codes (%s)', async (_, cmd, code) => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: cmd });
    const started = docker.containerStart(Id).then(
      () => undefined,
      (e: unknown) => e,
    );
    const error = await started;
    if (code === 127) {
      expect(isDockerError(error, 'InvalidParameter')).toBe(true);
      expect(String((error as Error).message)).toContain('executable file not found in $PATH');
      const info = await docker.containerInspect(Id);
      expect(info.State).toMatchObject({ Status: 'created', ExitCode: 127 });
      return;
    }
    expect((await docker.containerWait(Id)).StatusCode).toBe(code);
  });

  it('kill defaults to SIGKILL (137); docker kill -s TERM on PID 1 without a handler does nothing', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '100'] });
    await docker.containerStart(Id);
    await docker.containerKill(Id, 'TERM');
    expect((await docker.containerInspect(Id)).State.Status).toBe('running');
    await docker.containerKill(Id);
    expect((await docker.containerInspect(Id)).State).toMatchObject({ Status: 'exited', ExitCode: 137 });
    await expect(docker.containerKill(Id)).rejects.toThrow(`cannot kill container: ${Id}: container ${Id} is not running`);
  });

  it('pause freezes the clock for the process; unpause resumes it', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '5'] });
    const exit = docker.containerWait(Id, 'next-exit');
    await docker.containerStart(Id);
    await docker.containerPause(Id);
    await world.clock.hold(world.clock.sleep(20_000));
    const paused = await docker.containerInspect(Id);
    expect(paused.State).toMatchObject({ Status: 'paused', Running: true, Paused: true });
    await docker.containerUnpause(Id);
    expect((await exit).StatusCode).toBe(0);
  });

  it('restart policy always: restarts with back-off 100, 200, 400 ms and counts restarts', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['exit', '1'], HostConfig: { RestartPolicy: { Name: 'always' } } });
    const t0 = world.clock.now();
    await docker.containerStart(Id);
    const starts: number[] = [];
    world.onEvent(({ event }) => {
      if (event.Actor.ID === Id && event.Action === 'start') starts.push(event.timeNano / 1e6 - t0);
    });
    await world.clock.hold(world.clock.sleep(1_000));
    expect(starts).toEqual([100, 300, 700]);
    const info = await docker.containerInspect(Id);
    // The 4th exit (at 700 ms) already counted its restart, due at 1500 ms.
    expect(info.RestartCount).toBe(4);
    expect(info.State.Status).toBe('restarting');
    expect((await docker.containerList())[0]!.Status).toBe('Restarting (1) Less than a second ago');
    await docker.containerStop(Id);
    expect((await docker.containerInspect(Id)).State.Status).toBe('exited');
  });

  it('on-failure:2 restarts twice then stays exited', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['exit', '2'], HostConfig: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 2 } } });
    await docker.containerStart(Id);
    await world.clock.hold(world.clock.sleep(5_000));
    const info = await docker.containerInspect(Id);
    expect(info.RestartCount).toBe(2);
    expect(info.State).toMatchObject({ Status: 'exited', ExitCode: 2 });
  });

  it('AutoRemove removes the container when it exits; wait removed resolves', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'hello-world', HostConfig: { AutoRemove: true } }, { name: 'once' });
    const removed = docker.containerWait(Id, 'removed');
    await docker.containerStart(Id);
    expect(await removed).toEqual({ StatusCode: 0, Error: null });
    await expect(docker.containerInspect('once')).rejects.toThrow('No such container: once');
    expect(actions(world, Id)).toEqual(['create', 'start', 'die(0)', 'destroy']);
  });

  it('OOM-kills a program whose memory use exceeds HostConfig.Memory (137, OOMKilled)', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['hog', String(100 * 1024 * 1024)], HostConfig: { Memory: 64 * 1024 * 1024 } });
    await docker.containerStart(Id);
    expect((await docker.containerWait(Id)).StatusCode).toBe(137);
    const info = await docker.containerInspect(Id);
    expect(info.State).toMatchObject({ OOMKilled: true, ExitCode: 137 });
    expect(info.HostConfig.MemorySwap).toBe(128 * 1024 * 1024);
    expect(actions(world, Id)).toEqual(['create', 'start', 'oom', 'die(137)']);
  });

  it('rm -f kills a running container (137) and removes it; rm without -f is a conflict', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '100'] }, { name: 'web' });
    await docker.containerStart(Id);
    await expect(docker.containerDelete('web')).rejects.toThrow(
      'cannot remove container "web": container is running: stop the container before removing or force remove',
    );
    await docker.containerDelete('web', { force: true });
    expect(actions(world, Id)).toEqual(['create', 'start', 'kill(9)', 'die(137)', 'destroy']);
    expect(await docker.containerList({ all: true })).toEqual([]);
  });

  it('restart stops and starts again with a restart event', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['trap-term'] });
    await docker.containerStart(Id);
    await docker.containerRestart(Id);
    expect(actions(world, Id)).toEqual(['create', 'start', 'kill(15)', 'die(0)', 'stop', 'start', 'restart']);
    expect((await docker.containerInspect(Id)).State.Status).toBe('running');
  });

  it('logs: timestamps from the virtual clock, tail, since, stdout/stderr apart, follow ends on stop', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['ticker'] });
    const t0 = world.clock.now();
    await docker.containerStart(Id);
    await world.clock.hold(world.clock.sleep(3_500));
    const all = await collect(docker.containerLogs(Id));
    expect(all.map((e) => `${e.stream}:${e.line}`)).toEqual(['stdout:tick 1\n', 'stdout:tick 2\n', 'stderr:even 2\n', 'stdout:tick 3\n', 'stdout:tick 4\n', 'stderr:even 4\n']);
    expect(all.map((e) => e.time - t0)).toEqual([0, 1000, 1000, 2000, 3000, 3000]);
    expect((await collect(docker.containerLogs(Id, { tail: 2, stderr: false }))).map((e) => e.line)).toEqual(['tick 3\n', 'tick 4\n']);
    expect((await collect(docker.containerLogs(Id, { since: t0 + 2000 }))).length).toBe(3);
    const follow = collect(docker.containerLogs(Id, { follow: true, tail: 0 }));
    await world.clock.hold(world.clock.sleep(1_000));
    await docker.containerKill(Id);
    expect((await follow).map((e) => e.line)).toEqual(['tick 5\n']);
  });

  it('an entrypoint that execs its arguments keeps the pid and runs the command (web image)', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'web', Cmd: ['exit', '4'] });
    const info = await docker.containerInspect(Id);
    expect(info).toMatchObject({ Path: 'docker-entrypoint.sh', Args: ['exit', '4'], Config: { User: 'node', WorkingDir: '/app', StopSignal: 'SIGQUIT', Hostname: Id.slice(0, 12) } });
    await docker.containerStart(Id);
    expect((await docker.containerWait(Id)).StatusCode).toBe(4);
    expect((await collect(docker.containerLogs(Id))).map((e) => e.line)).toEqual(['entrypoint\n']);
  });

  it('STATUS texts follow the virtual clock', async () => {
    const world = containerWorld();
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1000'] }, { name: 'up' });
    expect((await docker.containerList({ all: true }))[0]!.Status).toBe('Created');
    await docker.containerStart(Id);
    await world.clock.hold(world.clock.sleep(125_000));
    expect((await docker.containerList())[0]!.Status).toBe('Up 2 minutes');
    await docker.containerPause(Id);
    expect((await docker.containerList())[0]!.Status).toBe('Up 2 minutes (Paused)');
    await docker.containerUnpause(Id);
    await docker.containerKill(Id);
    await world.clock.hold(world.clock.sleep(3_000));
    expect((await docker.containerList({ all: true }))[0]!.Status).toBe('Exited (137) 3 seconds ago');
  });
});
