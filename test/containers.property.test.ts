/**
 * Model-based tests (fast-check `fc.commands`): random sequences of lifecycle calls against the
 * in-process daemon and a small reference model give the same statuses and the same errors; a
 * failing call leaves the state unchanged; cross-object invariants hold after every step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DockerError } from '../src/core/errors.js';
import type { DockerClient } from '../src/client/docker-client.js';
import type { HostState } from '../src/daemon/state.js';
import { statusFlags } from '../src/container/state.js';
import type { World } from '../src/world/world.js';
import { containerWorld } from './helpers/container-world.js';

type Status = 'created' | 'running' | 'paused' | 'exited';
interface Model {
  containers: Map<string, { status: Status; exitCode: number }>;
}
interface Real {
  world: World;
  docker: DockerClient;
}

/** Cross-object invariants of a host's container slice (validateWorld-style). */
function validateContainers(host: HostState): void {
  for (const [id, c] of host.containers) {
    expect(c.Id).toBe(id);
    expect(host.containerNames.get(c.Name)).toBe(id);
    expect(c.State).toMatchObject(statusFlags(c.State.Status));
    expect(c.State.Pid > 0).toBe(c.State.Status === 'running' || c.State.Status === 'paused');
  }
  for (const [name, id] of host.containerNames) expect(host.containers.get(id)?.Name).toBe(name);
}

async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof DockerError) return error.kind;
    throw error;
  }
}

abstract class Step implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check(): boolean {
    return true;
  }
  /** What the reference model says: the expected outcome and the next status. */
  abstract expect(current: { status: Status; exitCode: number } | undefined): { outcome: string; next?: Status | 'removed'; exitCode?: number };
  abstract call(docker: DockerClient, name: string): Promise<unknown>;
  async run(model: Model, real: Real): Promise<void> {
    const name = `c${this.index}`;
    const current = model.containers.get(name);
    const before = real.world.store.state;
    const expected = this.expect(current);
    const got = await outcome(this.call(real.docker, name));
    expect(got).toBe(expected.outcome);
    if (got !== 'ok') {
      // A failed call changes nothing but, at most, the event log of accepted side events.
      expect(real.world.store.state.hosts['default']!.containers).toBe(before.hosts['default']!.containers);
    }
    if (expected.next === 'created') model.containers.set(name, { status: 'created', exitCode: 0 });
    else if (expected.next === 'removed') model.containers.delete(name);
    else if (expected.next && current) model.containers.set(name, { status: expected.next, exitCode: expected.exitCode ?? current.exitCode });
    const host = real.world.host().state;
    validateContainers(host);
    for (const [n, c] of model.containers) {
      const info = await real.docker.containerInspect(n);
      expect(info.State.Status, n).toBe(c.status);
      expect(info.State.ExitCode, n).toBe(c.exitCode);
    }
    expect(host.containers.size).toBe(model.containers.size);
  }
  toString(): string {
    return `${this.constructor.name}(c${this.index})`;
  }
}

class Create extends Step {
  expect(current: unknown) {
    return current ? { outcome: 'Conflict' } : { outcome: 'ok', next: 'created' as const };
  }
  call(docker: DockerClient, name: string) {
    return docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1000'] }, { name });
  }
}
class Start extends Step {
  expect(c: { status: Status } | undefined) {
    if (!c) return { outcome: 'NotFound' };
    if (c.status === 'paused') return { outcome: 'Conflict' };
    if (c.status === 'running') return { outcome: 'NotModified' };
    return { outcome: 'ok', next: 'running' as const, exitCode: 0 };
  }
  call(docker: DockerClient, name: string) {
    return docker.containerStart(name);
  }
}
class Stop extends Step {
  expect(c: { status: Status } | undefined) {
    if (!c) return { outcome: 'NotFound' };
    if (c.status === 'running' || c.status === 'paused') return { outcome: 'ok', next: 'exited' as const, exitCode: 137 };
    return { outcome: 'NotModified' };
  }
  call(docker: DockerClient, name: string) {
    return docker.containerStop(name, { timeout: 1 });
  }
}
class Kill extends Step {
  expect(c: { status: Status } | undefined) {
    if (!c) return { outcome: 'NotFound' };
    if (c.status === 'running' || c.status === 'paused') return { outcome: 'ok', next: 'exited' as const, exitCode: 137 };
    return { outcome: 'Conflict' };
  }
  call(docker: DockerClient, name: string) {
    return docker.containerKill(name);
  }
}
class Pause extends Step {
  expect(c: { status: Status } | undefined) {
    if (!c) return { outcome: 'NotFound' };
    return c.status === 'running' ? { outcome: 'ok', next: 'paused' as const } : { outcome: 'Conflict' };
  }
  call(docker: DockerClient, name: string) {
    return docker.containerPause(name);
  }
}
class Unpause extends Step {
  expect(c: { status: Status } | undefined) {
    if (!c) return { outcome: 'NotFound' };
    return c.status === 'paused' ? { outcome: 'ok', next: 'running' as const } : { outcome: 'Internal' };
  }
  call(docker: DockerClient, name: string) {
    return docker.containerUnpause(name);
  }
}
class Remove extends Step {
  constructor(index: number, readonly force: boolean) {
    super(index);
  }
  expect(c: { status: Status } | undefined) {
    if (!c) return { outcome: 'NotFound' };
    if (!this.force && (c.status === 'running' || c.status === 'paused')) return { outcome: 'Conflict' };
    return { outcome: 'ok', next: 'removed' as const };
  }
  call(docker: DockerClient, name: string) {
    return docker.containerDelete(name, { force: this.force });
  }
  override toString() {
    return `Remove(c${this.index}, force=${this.force})`;
  }
}
class Restart extends Step {
  expect(c: { status: Status } | undefined) {
    if (!c) return { outcome: 'NotFound' };
    return { outcome: 'ok', next: 'running' as const, exitCode: 0 };
  }
  call(docker: DockerClient, name: string) {
    return docker.containerRestart(name, { timeout: 1 });
  }
}

const index = fc.integer({ min: 0, max: 2 });
const commands = [
  index.map((i) => new Create(i)),
  index.map((i) => new Start(i)),
  index.map((i) => new Stop(i)),
  index.map((i) => new Kill(i)),
  index.map((i) => new Pause(i)),
  index.map((i) => new Unpause(i)),
  fc.tuple(index, fc.boolean()).map(([i, f]) => new Remove(i, f)),
  index.map((i) => new Restart(i)),
];

describe('container lifecycle (model-based)', () => {
  it('random call sequences give the reference model\'s statuses and errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
        const world = containerWorld(7);
        await fc.asyncModelRun(() => ({ model: { containers: new Map() }, real: { world, docker: world.client() } }), cmds);
        world.dispose();
      }),
      { numRuns: 40 },
    );
  });
});

describe('exit codes and restart counts (properties)', () => {
  it('a container\'s exit code is what its program returned', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 255 }), async (code) => {
        const world = containerWorld(3);
        const docker = world.client();
        const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['exit', String(code)] });
        const waited = docker.containerWait(Id, 'next-exit');
        await docker.containerStart(Id);
        expect((await waited).StatusCode).toBe(code);
      }),
      { numRuns: 25 },
    );
  });

  it('on-failure without a maximum keeps restarting, with the back-off capped at 1 minute', async () => {
    const world = containerWorld(6);
    const docker = world.client();
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['exit', '1'], HostConfig: { RestartPolicy: { Name: 'on-failure' } } });
    await docker.containerStart(Id);
    // 100+200+…+51200 ms = 102.3 s for 10 restarts, then one every 60 s.
    await world.clock.hold(world.clock.sleep(102_300 + 3 * 60_000 + 1));
    expect((await docker.containerInspect(Id)).RestartCount).toBe(14);
    world.dispose();
  });

  it('PID 1 survives every catchable signal without a handler; SIGKILL always ends it with 137', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('SIGKILL', 'SIGTERM', 'SIGINT', 'SIGHUP', 'SIGUSR1', 'SIGQUIT'), async (signal) => {
        const world = containerWorld(4);
        const docker = world.client();
        const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1000'] });
        await docker.containerStart(Id);
        const waited = docker.containerWait(Id);
        world.host().daemon.containers.runtime.signal(Id, signal);
        if (signal !== 'SIGKILL') await docker.containerKill(Id);
        const { SIGNALS } = await import('../src/programs/types.js');
        const status = (await waited).StatusCode;
        expect(status).toBe(signal === 'SIGKILL' ? 128 + SIGNALS.SIGKILL : 137);
      }),
      { numRuns: 12 },
    );
  });

  it('on-failure:N (N ≥ 1) restarts exactly N times for a failing program, never for a successful one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), async (retries, code) => {
        const world = containerWorld(5);
        const docker = world.client();
        const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['exit', String(code)], HostConfig: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: retries } } });
        await docker.containerStart(Id);
        await world.clock.hold(world.clock.sleep(60_000));
        const info = await docker.containerInspect(Id);
        expect(info.RestartCount).toBe(code === 0 ? 0 : retries);
        expect(info.State.Status).toBe('exited');
        world.dispose();
      }),
      { numRuns: 20 },
    );
  });
});

describe('the writable layer (properties)', () => {
  it('a removed container\'s writes never reappear: a new container of the same image sees the pristine image', async () => {
    const { containerWorld: makeWorld } = await import('./helpers/container-world.js');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('/tmp/a', '/etc/motd', '/root/x', '/new'), fc.string({ minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 4 }),
        async (writes) => {
          const world = makeWorld(7);
          const docker = world.client();
          const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '3600'] });
          await docker.containerStart(Id);
          for (const [path, content] of writes) {
            const { Id: execId } = await docker.containerExec(Id, { Cmd: ['write', path, content] });
            await (await docker.execStart(execId)).exited;
          }
          expect((await docker.containerChanges(Id)).length).toBeGreaterThan(0);
          await docker.containerDelete(Id, { force: true });
          expect(world.host().state.containerLayers.has(Id)).toBe(false);
          const { Id: fresh } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'] });
          expect(await docker.containerChanges(fresh)).toEqual([]);
          const motd = await docker.containerArchiveInfo(fresh, '/etc/motd');
          expect(motd.size).toBe('Welcome to Alpine!\n'.length);
          await expect(docker.containerArchiveInfo(fresh, '/new')).rejects.toThrow('Could not find the file /new');
        },
      ),
      { numRuns: 15 },
    );
  });
});
