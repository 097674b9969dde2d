/**
 * The terminal's lines: docker commands run by the CLI emulator against the session's world,
 * the terminal's own commands, bash's answer for other programs, shell syntax refused; history
 * browsing; tab completion from the CLI's command tree and the scene's names.
 */
import { describe, expect, it } from 'vitest';
import { sceneOf } from 'dockersim';
import { History } from '../../playground/src/shell/history.js';
import { shellSyntaxAt } from '../../playground/src/shell/line-runner.js';
import { complete } from '../../playground/src/shell/complete.js';
import { headlessPlayground } from './helpers.js';

describe('LineRunner', () => {
  it('runs docker lines as the CLI prints them, on a terminal', async () => {
    const pg = headlessPlayground();
    const version = await pg.type('docker version --format "{{.Server.Version}}"');
    expect(version).toEqual({ code: 0, output: '28.2.2\n' });
    const ps = await pg.type('docker ps');
    expect(ps.output).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
    expect(await pg.type('docker rm nope')).toEqual({ code: 1, output: 'Error response from daemon: No such container: nope\n' });
  });

  it('reads what the user types while a command runs', async () => {
    const pg = headlessPlayground();
    const run = await pg.type('docker run -i --rm alpine cat', 'typed line\n');
    expect(run.output).toContain('typed line\n');
    expect(run.code).toBe(0);
  });

  it('gives an interactive shell in a container, and detaches on Ctrl-P Ctrl-Q', async () => {
    const pg = headlessPlayground();
    const shell = await pg.type('docker run -it --rm alpine sh', 'echo hi\nexit 3\n');
    expect(shell.output).toMatch(/\/ # hi\r\n\/ # $/);
    expect(shell.code).toBe(3);
    await pg.type('docker run -dit --name sh1 alpine sh');
    expect(await pg.type('docker attach sh1', '\x10\x11')).toEqual({ code: 1, output: 'read escape sequence\n' });
    expect((await pg.type('docker ps --format "{{.Names}} {{.State}}"')).output).toBe('sh1 running\n');
  });

  it.each([
    ['help', 0, /^This terminal talks to a simulated Docker Engine 28/],
    ['ls -l', 127, /^bash: ls: command not found\n$/],
    ['docker ps | grep web', 2, /need the host shell/],
    ['docker run alpine echo $HOME', 2, /need the host shell/],
    ['   ', 0, /^$/],
  ])('%j exits %i', async (line, code, output) => {
    const pg = headlessPlayground();
    const result = await pg.type(line);
    expect(result.code).toBe(code);
    expect(result.output).toMatch(output);
  });

  it('history lists what was typed; clear empties the screen', async () => {
    const pg = headlessPlayground();
    await pg.type('docker ps');
    await pg.type('help');
    expect((await pg.type('history')).output).toBe('    1  docker ps\n    2  help\n    3  history\n');
    await pg.type('clear');
    expect(pg.screen).toBe('');
  });
});

describe('shellSyntaxAt', () => {
  it.each([
    ['docker ps', -1],
    ['docker run alpine sh -c "a && b | c"', -1],
    ["docker run alpine sh -c 'echo $HOME'", -1],
    ['docker run alpine sh -c "echo $HOME"', 30],
    ['docker ps > out', 10],
    ['docker ps; docker images', 9],
    ['docker run alpine echo \\|', -1],
    ['docker rm -f <the-container-id>', 13],
  ])('%s → %i', (line, at) => {
    expect(shellSyntaxAt(line)).toBe(at);
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

describe('complete', () => {
  it('completes commands, subcommands and flags from the CLI tree', async () => {
    const pg = headlessPlayground();
    const scene = sceneOf(pg.session.world.store.state);
    expect(complete('do', scene)).toMatchObject({ start: 0, candidates: ['docker'], common: 'docker' });
    expect(complete('docker netw', scene)).toMatchObject({ start: 7, candidates: ['network'] });
    expect(complete('docker network c', scene).candidates).toEqual(['connect', 'create']);
    expect(complete('docker network c', scene).common).toBe('c');
    expect(complete('docker run --det', scene).candidates).toEqual(['--detach', '--detach-keys']);
    expect(complete('docker ps -', scene).candidates).toContain('-a');
  });

  it('completes the names of objects where commands expect them', async () => {
    const pg = headlessPlayground();
    await pg.type('docker network create todo-app');
    await pg.type('docker volume create todo-db');
    await pg.type('docker run -d --name web alpine sleep 100');
    await pg.type('docker create --name worker alpine');
    const scene = sceneOf(pg.session.world.store.state);
    expect(complete('docker stop w', scene).candidates).toEqual(['web', 'worker']);
    expect(complete('docker rm web w', scene).candidates).toEqual(['web', 'worker']);
    expect(complete('docker container logs ', scene).candidates).toEqual(['web', 'worker']);
    expect(complete('docker logs web ', scene).candidates).toEqual([]);
    expect(complete('docker run -d al', scene).candidates).toEqual(['alpine:latest']);
    expect(complete('docker run --network to', scene).candidates).toEqual(['todo-app']);
    expect(complete('docker network connect todo-app w', scene).candidates).toEqual(['web', 'worker']);
    expect(complete('docker volume rm to', scene).candidates).toEqual(['todo-db']);
    expect(complete('ls ', scene).candidates).toEqual([]);
  });
});
