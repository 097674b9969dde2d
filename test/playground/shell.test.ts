/**
 * The terminal's shell: bash on the simulated host, with docker on its PATH and the workshop's
 * app in its working directory; interactive programs in containers; Ctrl-C; completion; and the
 * page's history of typed lines.
 */
import { describe, expect, it } from 'vitest';
import { History } from '../../playground/src/shell/history.js';
import { headlessPlayground, PROMPT } from './helpers.js';

describe('HostShell', () => {
  it('starts at a bash prompt in the workshop app', async () => {
    const pg = await headlessPlayground();
    expect(pg.screen).toBe('root@dockersim:~/getting-started-app# ');
    expect(pg.shell.prompt).toBe('root@dockersim:~/getting-started-app# ');
    expect(pg.shell.cwd).toBe('/root/getting-started-app');
  });

  it('runs docker lines and shell lines, pipes and $(…) included', async () => {
    const pg = await headlessPlayground();
    expect(await pg.type('docker version --format "{{.Server.Version}}"')).toBe('28.2.2\n');
    expect(await pg.type('docker ps')).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
    expect(await pg.type('docker rm nope')).toBe('Error response from daemon: No such container: nope\n');
    expect(await pg.status()).toBe(1);
    expect(await pg.type('head -3 Dockerfile | tail -1')).toBe('FROM node:18-alpine\n');
    expect(await pg.type('cd src && pwd')).toBe('/root/getting-started-app/src\n');
    expect(pg.shell.cwd).toBe('/root/getting-started-app/src');
    expect(await pg.type('docker run --rm alpine echo "$(basename $(pwd))"')).toMatch(/src\n$/);
  });

  it('clear erases the screen, as for an xterm', async () => {
    const pg = await headlessPlayground();
    expect(await pg.type('clear')).toBe('\x1b[H\x1b[2J\x1b[3J');
    expect(await pg.status()).toBe(0);
  });

  it('sleeps in virtual time on an auto clock', async () => {
    const pg = await headlessPlayground();
    const before = pg.session.world.clock.now();
    await pg.type('sleep 30');
    expect(pg.session.world.clock.now() - before).toBe(30_000);
  });

  it('gives an interactive shell in a container, and detaches on Ctrl-P Ctrl-Q', async () => {
    const pg = await headlessPlayground();
    await pg.type('docker pull -q alpine');
    await pg.shell.type('docker run -it --rm alpine sh');
    expect(pg.shell.prompt).toBe('/ # ');
    await pg.shell.type('echo hi');
    expect(pg.screen).toMatch(/\/ # hi\r\n\/ # $/);
    expect(await pg.type('exit 3')).toBe('');
    expect(await pg.status()).toBe(3);
    await pg.type('docker run -dit --name sh1 alpine sh');
    await pg.shell.type('docker attach sh1');
    expect(await pg.type('\x10\x11')).toBe('read escape sequence\n');
    expect(await pg.type('docker ps --format "{{.Names}} {{.State}}"')).toBe('sh1 running\n');
  });

  it('Ctrl-C interrupts the foreground job, or gives a fresh prompt', async () => {
    const pg = await headlessPlayground();
    pg.session.world.clock.setMode('manual');
    void pg.shell.type('sleep 100');
    await pg.session.world.clock.settle();
    expect(pg.shell.waiting).toBe(false);
    await pg.shell.interrupt();
    expect(pg.shell.waiting).toBe(true);
    expect(pg.screen).toMatch(PROMPT);
    await pg.shell.interrupt();
    expect(pg.screen.match(/# /g)).toHaveLength(3);
  });

  it('a shell that exits is replaced by a new one', async () => {
    const pg = await headlessPlayground();
    await pg.type('cd /tmp');
    pg.shell.eof();
    await pg.shell.whenWaiting();
    expect(pg.shell.prompt).toBe('root@dockersim:~/getting-started-app# ');
  });

  it('completes commands, docker words, object names and paths', async () => {
    const pg = await headlessPlayground();
    await pg.type('docker run -d --name web alpine sleep 1000');
    expect((await pg.shell.complete('docker netw')).candidates).toEqual(['network']);
    expect((await pg.shell.complete('docker stop w')).candidates).toEqual(['web']);
    expect((await pg.shell.complete('cat Dock')).candidates).toEqual(['Dockerfile', 'Dockerfile.cache-friendly']);
    expect((await pg.shell.complete('cat package')).candidates).toEqual(['package.json']);
    expect((await pg.shell.complete('cat src/st')).candidates).toEqual(['src/static/']);
  });
});

describe('History', () => {
  it('browses back and forth and gives back the draft', () => {
    const h = new History(['a', 'b', 'b', '', 'c']);
    expect(h.lines).toEqual(['a', 'b', 'c']);
    expect(h.previous('dra')).toBe('c');
    expect(h.previous('c')).toBe('b');
    expect(h.previous('b')).toBe('a');
    expect(h.previous('a')).toBeUndefined();
    expect(h.next()).toBe('b');
    expect(h.next()).toBe('c');
    expect(h.next()).toBe('dra');
    expect(h.next()).toBeUndefined();
  });

  it('keeps at most its limit', () => {
    const h = new History([], 2);
    for (const line of ['1', '2', '3']) h.add(line);
    expect(h.lines).toEqual(['2', '3']);
  });
});
