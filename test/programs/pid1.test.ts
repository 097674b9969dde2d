/**
 * What `docker stop` and `docker top` see of shells and their children: `sh -c` replacing itself
 * with its last command, a trap making PID 1 stop gracefully, background jobs as real processes,
 * and SIGPIPE ending a writer whose reader went away.
 */
import { describe, expect, it } from 'vitest';
import { shellWorld } from '../helpers/shell-world.js';

describe('shells as PID 1', () => {
  it('sh -c "sleep 100" becomes sleep (PID 1), which ignores SIGTERM and dies of SIGKILL: 137', async () => {
    const w = shellWorld('alpine');
    const { child } = w.start(['sh', '-c', 'sleep 100']);
    await w.clock.settle();
    expect(w.table.list().map((p) => [p.pid, p.argv.join(' ')])).toEqual([[1, 'sleep 100']]);
    w.table.signal(1, 'SIGTERM');
    await w.clock.settle();
    expect(w.table.ended).toBe(false);
    w.table.signal(1, 'SIGKILL');
    expect(await child.exited).toBe(137);
  });

  it('a trap turns docker stop into a clean exit 0', async () => {
    const w = shellWorld('alpine');
    const { child, stdout } = w.start(['sh', '-c', "trap 'echo stopping; exit 0' TERM; echo ready; sleep 1000 & wait"]);
    await w.clock.settle();
    expect(w.table.list().map((p) => [p.pid, p.ppid, p.argv[0]])).toEqual([
      [1, 0, 'sh'],
      [2, 1, 'sleep'],
    ]);
    w.table.signal(1, 'SIGTERM');
    expect(await w.clock.hold(child.exited)).toBe(0);
    expect(stdout.text()).toBe('ready\nstopping\n');
  });

  it('a shell waiting for a foreground child runs its trap only after the child ends', async () => {
    const w = shellWorld('alpine');
    const { child, stdout } = w.start(['sh', '-c', "trap 'echo trapped' USR1; sleep 5; echo after"]);
    await w.clock.settle();
    w.table.signal(1, 'SIGUSR1');
    expect(await w.clock.hold(child.exited)).toBe(0);
    expect(stdout.text()).toBe('trapped\nafter\n');
  });

  it('a pipeline writer dies of SIGPIPE (141) once its reader is gone', async () => {
    const w = shellWorld('alpine');
    expect(await w.run(['sh', '-c', 'set -o pipefail; yes | head -n 1; echo "status $?"'])).toEqual({ stdout: 'y\nstatus 141\n', stderr: '', code: 0 });
  });

  it('background jobs are child processes of the shell (ps), with $! their pid', async () => {
    const w = shellWorld('alpine');
    expect(await w.run(['sh', '-c', 'sleep 10 & sleep 20 & echo "last $!"; ps; kill $!; wait'])).toEqual({
      stdout: 'last 3\nPID   USER     TIME  COMMAND\n    1 root      0:00 sh -c sleep 10 & sleep 20 & echo "last $!"; ps; kill $!; wait\n    2 root      0:00 sleep 10\n    3 root      0:00 sleep 20\n    4 root      0:00 ps\n',
      stderr: '',
      code: 0,
    });
  });

  it('exec replaces the shell, keeping its pid and redirections', async () => {
    const w = shellWorld('alpine');
    expect(await w.run(['sh', '-c', 'echo $$; exec sh -c "echo \\$\\$; echo to-err >&2" 2>&1'])).toEqual({ stdout: '1\n1\nto-err\n', stderr: '', code: 0 });
  });

  it('a busy loop costs virtual time (1 ms per 1000 commands) instead of freezing the world', async () => {
    const w = shellWorld('alpine');
    const start = w.clock.now();
    expect(await w.run(['sh', '-c', 'i=0; while [ $i -lt 1500 ]; do i=$((i+1)); done; echo $i'])).toEqual({ stdout: '1500\n', stderr: '', code: 0 });
    expect(w.clock.now() - start).toBe(3);
  });
});

describe('jobs and subshells as processes', () => {
  it('( … ) is a forked child: its own pid for the commands it starts, traps reset', async () => {
    const w = shellWorld('alpine');
    expect(await w.run(['sh', '-c', "trap 'echo trapped' TERM; echo $$; (sh -c 'echo $PPID; kill $PPID'); echo after $?"])).toEqual({
      stdout: '1\n2\nafter 143\n',
      stderr: 'Terminated\n',
      code: 0,
    });
  });

  it('a foreground command killed by a signal is reported: ash names the signal, bash prints a job line', async () => {
    const ash = shellWorld('alpine');
    expect(await ash.run(['sh', '-c', 'sleep 5 & kill -9 $!; wait $!; echo "status $?"; sh -c "kill -USR1 \\$\\$"; echo done'])).toEqual({
      stdout: 'status 137\ndone\n',
      stderr: 'User defined signal 1\n',
      code: 0,
    });
    const bash = shellWorld('debian');
    expect(await bash.run(['bash', '-c', 'bash -c "kill -KILL \\$\\$"; echo "status $?"; bash -c "kill \\$\\$"; echo "term $?"'])).toEqual({
      stdout: 'status 137\nterm 143\n',
      stderr: 'bash: line 1:     2 Killed                  bash -c kill -KILL $$\n',
      code: 0,
    });
  });

  it('wait and kill take job specs (%%, %1)', async () => {
    const w = shellWorld('alpine');
    expect(await w.run(['sh', '-c', 'sleep 50 & sleep 60 & kill %1; wait %1; echo "first $?"; kill %%; wait %%; echo "last $?"'])).toEqual({ stdout: 'first 143\nlast 143\n', stderr: '', code: 0 });
  });
});
