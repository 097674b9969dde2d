/**
 * A saved world keeps records, not processes: loading it starts each running container's main
 * process again from its command (same record, Pid and StartedAt), so the loaded world behaves —
 * stop, exec, logs, pause — instead of holding containers that say "running" with nothing inside.
 */
import { describe, expect, it } from 'vitest';
import type { Program } from '../src/programs/types.js';
import { createWorld, type World } from '../src/world/world.js';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

const TICKER = ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 1; done'];

async function saved(setup: (world: World) => Promise<void>, programs?: { [name: string]: Program }) {
  const world = createWorld({ seed: 5, ...(programs ? { programs } : {}) });
  const docker = world.client();
  for await (const _ of docker.imagePull({ fromImage: 'busybox', tag: 'latest' }));
  await setup(world);
  const snapshot = world.save();
  world.dispose();
  return createWorld({ from: snapshot, ...(programs ? { programs } : {}) });
}

describe('a loaded world resumes its containers', () => {
  it('a running container runs again: its log carries on, exec, and stop as Docker stops it', async () => {
    let before: { Pid: number; StartedAt: string } | undefined;
    const world = await saved(async (w) => {
      const docker = w.client();
      await docker.containerCreate({ Image: 'busybox', Cmd: TICKER }, { name: 'ticker' });
      await docker.containerStart('ticker');
      await w.clock.hold(w.clock.sleep(2_500));
      before = (await docker.containerInspect('ticker')).State;
    });
    const docker = world.client();
    const state = (await docker.containerInspect('ticker')).State;
    expect(state).toMatchObject({ Status: 'running', Pid: before!.Pid, StartedAt: before!.StartedAt });

    await world.clock.hold(world.clock.sleep(1_500));
    const lines = (await collect(docker.containerLogs('ticker'))).map((e) => e.line);
    // Three ticks before the save; the command began again after the load.
    expect(lines).toEqual(['tick 1\n', 'tick 2\n', 'tick 3\n', 'tick 1\n', 'tick 2\n']);

    const exec = await docker.containerExec('ticker', { Cmd: ['echo', 'inside'], AttachStdout: true });
    const session = await docker.execStart(exec.Id);
    expect((await collect(session.output)).map((c) => new TextDecoder().decode(c.data)).join('')).toBe('inside\n');

    // sh as PID 1 ignores SIGTERM: Docker waits its 10 s and kills.
    const t0 = world.clock.now();
    await docker.containerStop('ticker');
    expect(world.clock.now() - t0).toBe(10_000);
    expect((await docker.containerInspect('ticker')).State).toMatchObject({ Status: 'exited', ExitCode: 137 });
    world.dispose();
  });

  it('a paused container stays paused until unpaused; an exited one stays exited', async () => {
    const world = await saved(async (w) => {
      const docker = w.client();
      await docker.containerCreate({ Image: 'busybox', Cmd: TICKER }, { name: 'frozen' });
      await docker.containerStart('frozen');
      await docker.containerPause('frozen');
      await docker.containerCreate({ Image: 'busybox', Cmd: ['echo', 'done'] }, { name: 'finished' });
      await docker.containerStart('finished');
      await docker.containerWait('finished');
    });
    const docker = world.client();
    await world.clock.hold(world.clock.sleep(3_000));
    expect((await collect(docker.containerLogs('frozen'))).map((e) => e.line)).toEqual(['tick 1\n']);
    await docker.containerUnpause('frozen');
    await world.clock.hold(world.clock.sleep(1_500));
    expect((await collect(docker.containerLogs('frozen'))).length).toBeGreaterThan(1);
    expect((await docker.containerInspect('finished')).State).toMatchObject({ Status: 'exited', ExitCode: 0 });
    expect((await collect(docker.containerLogs('finished'))).map((e) => e.line)).toEqual(['done\n']);
    world.dispose();
  });

  it("a user's program given to createWorld runs again after the load, and stops on SIGTERM", async () => {
    const greeter: Program = async (ctx) => {
      ctx.stdout.write(`hello from ${ctx.argv.slice(1).join(' ')}\n`);
      await ctx.signals.next('SIGTERM');
      ctx.stdout.write('bye\n');
      return 0;
    };
    const world = await saved(async (w) => {
      const docker = w.client();
      w.host().fs.mkdir('/opt', { recursive: true });
      w.host().fs.writeFile('/opt/greeter', '#!dockersim greeter\n', { mode: 0o755 });
      await docker.containerCreate({ Image: 'busybox', Cmd: ['/tools/greeter', 'the', 'saved', 'world'], HostConfig: { Binds: ['/opt:/tools:ro'] } }, { name: 'greeter' });
      await docker.containerStart('greeter');
    }, { greeter });
    const docker = world.client();
    await docker.containerStop('greeter');
    expect((await collect(docker.containerLogs('greeter'))).map((e) => e.line)).toEqual(['hello from the saved world\n', 'hello from the saved world\n', 'bye\n']);
    expect((await docker.containerInspect('greeter')).State).toMatchObject({ Status: 'exited', ExitCode: 0 });
    world.dispose();
  });
});
