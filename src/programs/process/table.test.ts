import { describe, expect, it } from 'vitest';
import { processWorld } from '../../../test/helpers/process-world.js';
import { ExecError, type Program, type ProcessContext } from '../types.js';
import { isProcessGone } from './gone.js';

const bin = (program: string) => ({ data: `#!dockersim ${program}\n`, mode: 0o755 });

/** Prints its argv and env; exits with $CODE. */
const echoArgs: Program = async (ctx) => {
  ctx.stdout.write(`${ctx.argv.join(' ')} pid=${ctx.pid} ppid=${ctx.ppid}\n`);
  return Number(ctx.env['CODE'] ?? 0);
};

/** Sleeps for argv[1] ms (forever without it). */
const sleeper: Program = async (ctx) => {
  await ctx.clock.sleep(ctx.argv[1] ? Number(ctx.argv[1]) : Infinity);
  ctx.stdout.write('woke\n');
  return 0;
};

/** Exits 0 on SIGTERM after printing, like the todo app. */
const graceful: Program = async (ctx) => {
  const signal = await ctx.signals.next('SIGTERM', 'SIGINT');
  ctx.stdout.write(`caught ${signal}\n`);
  return 0;
};

function world(files = {}) {
  return processWorld({
    files: { '/bin/echoargs': bin('echoargs'), '/bin/sleep': bin('sleeper'), '/bin/graceful': bin('graceful'), ...files },
    programs: { echoargs: echoArgs, sleeper, graceful },
  });
}

describe('exec resolution', () => {
  it('finds a program through PATH and passes argv as typed', async () => {
    const w = world();
    expect(await w.run(['echoargs', 'a', 'b c'])).toEqual({ stdout: 'echoargs a b c pid=1 ppid=0\n', stderr: '', code: 0 });
  });

  it.each([
    [['nope'], 'ENOTFOUND_IN_PATH', 'exec: "nope": executable file not found in $PATH'],
    [['/nope'], 'ENOENT', 'exec: "/nope": stat /nope: no such file or directory'],
    [['/bin'], 'EISDIR', 'exec: "/bin": is a directory'],
    [['/etc/passwd'], 'EACCES', 'exec: "/etc/passwd": permission denied'],
    [['/plain.sh'], 'ENOEXEC', 'exec /plain.sh: exec format error'],
    [['/unknown'], 'ENOEXEC', 'exec /unknown: exec format error'],
    [['/bash-script'], 'ENOENT', 'exec /bash-script: no such file or directory'],
    [['/crlf-script'], 'ENOENT', 'exec /crlf-script: no such file or directory'],
  ])('%j fails with %s: %s', (argv, code, message) => {
    const w = world({
      '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n',
      '/plain.sh': { data: 'echo hi\n', mode: 0o755 },
      '/unknown': bin('no-such-program'),
      '/bash-script': { data: '#!/bin/bash\necho hi\n', mode: 0o755 },
      '/crlf-script': { data: '#!/bin/echoargs\r\necho hi\r\n', mode: 0o755 },
    });
    let error: unknown;
    try {
      w.table.spawn(argv, { env: { PATH: '/bin' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExecError);
    expect(error).toMatchObject({ code, message });
    expect(w.table.list()).toEqual([]);
  });

  it('runs #! scripts through their interpreter, with its optional argument, nesting like binfmt_script', async () => {
    const w = world({
      '/app/run.sh': { data: '#!/bin/echoargs -x\n', mode: 0o755 },
      '/app/outer': { data: '#!/app/run.sh\n', mode: 0o755 },
    });
    expect((await w.run(['/app/run.sh', 'one'])).stdout).toBe('/bin/echoargs -x /app/run.sh one pid=1 ppid=0\n');
    expect((await w.run(['./outer', 'z'], { cwd: '/app' })).stdout).toBe('/bin/echoargs -x /app/run.sh ./outer z pid=1 ppid=0\n');
  });

  it('keeps argv[0] through symlinks (multi-call programs dispatch on it)', async () => {
    const w = world({ '/bin/busybox': bin('echoargs'), '/bin/ls': { symlink: '/bin/busybox' }, '/usr/bin/ll': { symlink: '../../bin/ls' } });
    expect((await w.run(['ls', '-l'])).stdout).toBe('ls -l pid=1 ppid=0\n');
    expect((await w.run(['ll'])).stdout).toBe('ll pid=1 ppid=0\n');
  });

  it('skips non-executable PATH matches like Go LookPath', async () => {
    const w = world({ '/usr/local/bin/echoargs': 'not executable' });
    expect((await w.run(['echoargs'])).code).toBe(0);
  });
});

describe('exit statuses', () => {
  it.each([
    [0, 0],
    [3, 3],
    [256, 0],
    [257, 1],
    [-1, 255],
  ])('a program returning %i exits %i', async (returned, status) => {
    const w = world();
    expect((await w.run(['echoargs'], { env: { CODE: String(returned) } })).code).toBe(status);
  });

  it('exit() ends the process at once and unwinds the program', async () => {
    const after: string[] = [];
    const w = processWorld({
      files: { '/bin/x': bin('x') },
      programs: {
        x: async (ctx) => {
          try {
            return ctx.exit(7);
          } catch (e) {
            after.push(isProcessGone(e) ? 'gone' : 'other');
            ctx.stdout.write('dropped\n');
            throw e;
          }
        },
      },
    });
    expect(await w.run(['x'])).toEqual({ stdout: '', stderr: '', code: 7 });
    expect(after).toEqual(['gone']);
  });

  it('an uncaught error prints on stderr and exits 1', async () => {
    const w = processWorld({ files: { '/bin/x': bin('x') }, programs: { x: async () => Promise.reject(new Error('boom')) } });
    expect(await w.run(['x'])).toEqual({ stdout: '', stderr: 'x: boom\n', code: 1 });
  });
});

describe('signals', () => {
  it('PID 1 ignores SIGTERM without a handler; SIGKILL from outside kills it: 137', async () => {
    const w = world();
    const { child } = w.start(['sleep']);
    await w.clock.settle();
    expect(w.table.signal(1, 'SIGTERM')).toBe(true);
    await w.clock.settle();
    expect(w.table.list().map((p) => p.pid)).toEqual([1]);
    w.table.signal(1, 'SIGKILL');
    expect(await child.exited).toBe(137);
    expect(w.table.ended).toBe(true);
    expect(w.clock.pendingTimers).toBe(0);
  });

  it('a handler makes SIGTERM graceful (exit 0), even as PID 1', async () => {
    const w = world();
    const { child, stdout } = w.start(['graceful']);
    await w.clock.settle();
    w.table.signal(1, 'SIGTERM');
    expect(await child.exited).toBe(0);
    expect(stdout.text()).toBe('caught SIGTERM\n');
  });

  it('other processes die of default actions with 128+N; pending sleeps reject so the program unwinds', async () => {
    const log: string[] = [];
    const parent: Program = async (ctx: ProcessContext) => {
      const child = ctx.exec(['sleep', '100000']);
      ctx.kill(child.pid, 'SIGTERM');
      log.push(`term ${await child.exited}`);
      const second = ctx.exec(['sleep']);
      ctx.kill(second.pid, 'SIGKILL');
      log.push(`kill ${await second.exited}`);
      const third = ctx.exec(['sleep', '5']);
      ctx.kill(third.pid, 'SIGCHLD');
      log.push(`chld ${await third.exited}`);
      return 0;
    };
    const w = processWorld({ files: { '/bin/sleep': bin('sleeper'), '/bin/p': bin('p') }, programs: { sleeper, p: parent } });
    const result = await w.run(['p']);
    expect(log).toEqual(['term 143', 'kill 137', 'chld 0']);
    expect(result.stdout).toBe('woke\n');
    expect(w.clock.pendingTimers).toBe(0);
  });

  it('inside the container even SIGKILL cannot kill PID 1', async () => {
    const w = world({ '/bin/killer': bin('killer') });
    w.programs.define('killer', async (ctx) => (ctx.kill(1, 'SIGKILL') ? 0 : 1));
    const { child } = w.start(['sleep']);
    const killer = w.table.spawn(['killer'], { env: { PATH: '/bin' } });
    expect(await w.clock.hold(killer.exited)).toBe(0);
    expect(w.table.list().map((p) => p.argv[0])).toEqual(['sleep']);
    w.table.signal(1, 'SIGKILL');
    expect(await child.exited).toBe(137);
  });

  it('ignore() survives execve; handlers do not', async () => {
    const w = world({ '/bin/setup': bin('setup') });
    w.programs.define('setup', async (ctx) => {
      ctx.signals.ignore('SIGHUP');
      ctx.signals.on('SIGUSR1', () => {});
      return ctx.execve(["sleep"]);
    });
    const { child } = w.start(['sleep']);
    const setup = w.table.spawn(['setup'], { env: { PATH: '/bin' } });
    await w.clock.settle();
    expect(w.table.list().map((p) => [p.pid, p.argv])).toEqual([
      [1, ['sleep']],
      [2, ['sleep']],
    ]);
    w.table.signal(2, 'SIGHUP');
    w.table.signal(2, 'SIGUSR1');
    expect(await w.clock.hold(setup.exited)).toBe(128 + 10);
    w.table.signal(1, 'SIGKILL');
    expect(await child.exited).toBe(137);
  });

  it('SIGSTOP holds a sleeping process until SIGCONT', async () => {
    const w = processWorld({ clock: 'manual', files: { '/bin/sleep': bin('sleeper') }, programs: { sleeper } });
    w.start(['sleep']);
    const second = w.table.spawn(['sleep', '10'], { env: { PATH: '/bin' } });
    await w.clock.settle();
    w.table.signal(second.pid, 'SIGSTOP');
    expect(w.table.list().map((p) => p.state)).toEqual(['S', 'T']);
    await w.clock.advance(20);
    expect(w.table.list().map((p) => p.pid)).toEqual([1, 2]);
    w.table.signal(second.pid, 'SIGCONT');
    expect(await second.exited).toBe(0);
  });
});

describe('the process table', () => {
  it('children count up from PID 1; orphans go to PID 1; PID 1 exiting kills the rest', async () => {
    const w = world({ '/bin/spawner': bin('spawner') });
    w.programs.define('spawner', async (ctx) => {
      ctx.exec(['sleep']);
      ctx.exec(['sleep']);
      return 0;
    });
    const init = w.start(['sleep', '50']).child;
    const spawner = w.table.spawn(['spawner'], { env: { PATH: '/bin' } });
    expect(await w.clock.hold(spawner.exited)).toBe(0);
    expect(w.table.list().map((p) => [p.pid, p.ppid, p.argv.join(' ')])).toEqual([
      [1, 0, 'sleep 50'],
      [3, 1, 'sleep'],
      [4, 1, 'sleep'],
    ]);
    expect(await w.clock.hold(init.exited)).toBe(0);
    expect(w.table.list()).toEqual([]);
    expect(() => w.table.spawn(['sleep'])).toThrow(/PID 1 exited/);
  });

  it('freeze holds every wake-up until thaw (docker pause)', async () => {
    const w = processWorld({ clock: 'manual', files: { '/bin/sleep': bin('sleeper') }, programs: { sleeper } });
    const { child, stdout } = w.start(['sleep', '10']);
    await w.clock.settle();
    w.table.freeze();
    await w.clock.advance(100);
    expect(stdout.text()).toBe('');
    w.table.thaw();
    expect(await child.exited).toBe(0);
    expect(stdout.text()).toBe('woke\n');
  });

  it('a killed server releases its port and its child keeps writing to inherited stdout', async () => {
    const w = processWorld({ files: { '/bin/server': bin('server'), '/bin/talker': bin('talker') } });
    w.programs.define('talker', async (ctx) => {
      await ctx.clock.sleep(10);
      ctx.stdout.write('child still here\n');
      return 0;
    });
    w.programs.define('server', async (ctx) => {
      ctx.net.listen(80);
      ctx.exec(['talker']);
      await ctx.clock.sleep(Infinity);
      return 0;
    });
    const srv = w.start(['server']);
    const other = w.table.spawn(['talker'], { env: { PATH: '/bin' } });
    await w.clock.settle();
    expect(w.network.listeners.has(80)).toBe(true);
    w.table.signal(1, 'SIGKILL');
    expect(await srv.child.exited).toBe(137);
    expect(w.network.listeners.has(80)).toBe(false);
    expect(await other.exited).toBe(137);
  });

  it('gives each process its own seeded random source, reproducibly', async () => {
    const draw = async () => {
      const w = processWorld({ files: { '/bin/r': bin('r') }, programs: { r: async (ctx) => (ctx.stdout.write(String(ctx.random.int(1e9))), 0) } });
      return [(await w.run(['r'])).stdout, (await w.run(['r'])).stdout];
    };
    const [a, b] = await draw();
    expect(a).not.toBe(b);
    expect(await draw()).toEqual([a, b]);
  });
});
