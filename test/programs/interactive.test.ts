/**
 * `docker run -it IMAGE sh`: a shell on a terminal prompts (busybox `/ # `, Debian's bash
 * `root@<hostname>:/# `), asks for more with `> `, survives syntax errors, and ends on `exit` or
 * end of input. (Echoing typed characters is the terminal's job, so the transcript shows only
 * what the shell writes.)
 */
import { describe, expect, it } from 'vitest';
import { createPipe, OutputCollector } from '../../src/programs/process/streams.js';
import { shellWorld, type Userland } from '../helpers/shell-world.js';

async function session(userland: Userland, shell: string, lines: readonly string[]) {
  const w = shellWorld(userland);
  const stdin = createPipe({ isTTY: true });
  const screen = new OutputCollector({ isTTY: true });
  const child = w.table.spawn([shell], { env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', TERM: 'xterm' }, stdin: stdin.reader, stdout: screen, stderr: screen });
  for (const line of lines) {
    await w.clock.settle();
    stdin.writer.write(`${line}\n`);
  }
  await w.clock.settle();
  stdin.writer.close();
  const code = await w.clock.hold(child.exited);
  return { screen: screen.text(), code };
}

describe('interactive shells', () => {
  it('busybox sh: `/ # ` prompt that follows cd, PS2 for an unfinished command, errors do not exit', async () => {
    expect(await session('alpine', 'sh', ['echo hi', 'cd /tmp', 'if true', 'then echo yes; fi', 'fi', 'exit 3'])).toEqual({
      screen: '/ # hi\n/ # /tmp # > yes\n/tmp # sh: syntax error: unexpected "fi"\n/tmp # ',
      code: 3,
    });
  });

  it('bash: Debian prompt with user and hostname; prints exit at end of input', async () => {
    expect(await session('debian', 'bash', ['cd /root', 'nope'])).toEqual({
      screen: 'root@c0ffee:/# root@c0ffee:~# bash: nope: command not found\nroot@c0ffee:~# exit\n',
      code: 127,
    });
  });

  it('without a terminal, sh reads commands from stdin without prompts (docker run -i)', async () => {
    const w = shellWorld('alpine');
    expect(await w.run(['sh'], { stdin: 'echo one\nx=2\necho $x\n' })).toEqual({ stdout: 'one\n2\n', stderr: '', code: 0 });
  });
});

describe('on a terminal (line discipline)', () => {
  it('echoes what is typed, shows \\n as \\r\\n, and Ctrl-C gives a fresh prompt', async () => {
    const { Terminal } = await import('../../src/programs/process/terminal.js');
    const w = shellWorld('alpine');
    let shellPid = 0;
    const tty = new Terminal({ onSignal: (signal) => w.table.signal(shellPid, signal) });
    const init = w.table.spawn(['sleep', 'infinity'], { env: { PATH: '/bin' } });
    const shell = w.table.spawn(['sh'], { env: { PATH: '/bin', HOME: '/root' }, stdin: tty.input, stdout: tty.output, stderr: tty.output });
    shellPid = shell.pid;
    await w.clock.settle();
    tty.type('echo hi\r');
    await w.clock.settle();
    tty.type('echo par\x03');
    await w.clock.settle();
    tty.type('exit 5\r');
    expect(await w.clock.hold(shell.exited)).toBe(5);
    expect(tty.screen()).toBe('/ # echo hi\r\nhi\r\n/ # echo par^C\r\n/ # exit 5\r\n');
    init.kill('SIGKILL');
  });
});
