/**
 * The `dockersim` shell on a simulated host: a script run as bash runs a piped script (last
 * status, virtual time moving only as the script waits), the host's files, network and docker
 * together, an interactive terminal (prompt, `docker run -it`, Ctrl-C to the foreground job,
 * Ctrl-D), and tab completion.
 */
import { describe, expect, it } from 'vitest';
import { completeLine } from '../../src/cli/host/completion.js';
import { forwardsSignals } from '../../src/cli/host/host-programs.js';
import { HostSession } from '../../src/cli/host/host-session.js';
import { OutputCollector } from '../../src/programs/process/streams.js';
import { createWorld } from '../../src/world/world.js';
import { networkWorld } from '../helpers/network-world.js';
import { ShellDriver } from './shell-driver.js';

async function script(text: string, seed = 1) {
  const world = networkWorld(seed);
  world.host().fs.mkdir('/work/app', { recursive: true });
  const session = new HostSession(world, { cwd: '/work/app' });
  const stdout = new OutputCollector();
  const stderr = new OutputCollector();
  const status = await session.runScript(text, stdout, stderr);
  return { world, status, stdout: stdout.text(), stderr: stderr.text() };
}

describe('dockersim shell, reading a script', () => {
  it('runs each line as bash reads a piped script and exits with the last status', async () => {
    const r = await script('echo one\ncd /tmp && pwd\nfalse\necho "status $?"\nexit 7\necho never\n');
    expect(r).toMatchObject({ status: 7, stdout: 'one\n/tmp\nstatus 1\n', stderr: '' });
  });

  it('keeps files on the host: redirections, here-documents, sed -i, $(...) and pipes', async () => {
    const r = await script(
      [
        'echo "FROM alpine" > Dockerfile',
        'cat >> Dockerfile <<EOF',
        'CMD ["echo", "hi"]',
        'EOF',
        "sed -i 's/hi/hello/' Dockerfile",
        'cat Dockerfile',
        'echo "$(wc -l < Dockerfile) lines" | tr a-z A-Z',
        'ls',
      ].join('\n'),
    );
    expect(r.stdout).toBe('FROM alpine\nCMD ["echo", "hello"]\n2 LINES\nDockerfile\n');
    expect(new TextDecoder().decode(r.world.host().fs.readFile('/work/app/Dockerfile'))).toBe('FROM alpine\nCMD ["echo", "hello"]\n');
  });

  it('sleep returns at once with the simulation that much further on', async () => {
    const r = await script(
      [
        'docker run -d --name ticker alpine sleep 1000 > /dev/null',
        'docker ps --format "{{.Names}}: {{.Status}}"',
        'sleep 20',
        'docker ps --format "{{.Names}}: {{.Status}}"',
        'sleep 100',
        'docker ps --format "{{.RunningFor}}"',
      ].join('\n'),
    );
    expect(r.stdout).toBe('ticker: Up Less than a second\nticker: Up 20 seconds\n2 minutes ago\n');
    expect(r.world.clock.now() - Date.UTC(2025, 0, 1)).toBeGreaterThanOrEqual(120_000);
  });

  it('docker talks to the host\'s daemon; curl and open reach published ports', async () => {
    const r = await script(
      [
        'docker run -d --name web -p 8080:80 alpine serve 80 > /dev/null',
        'curl -s http://localhost:8080/index.html',
        'open http://127.0.0.1:8080/',
        'open http://localhost:9090/',
        'echo "open: $?"',
        'curl -sS http://localhost:9090/',
        'echo "curl: $?"',
      ].join('\n'),
    );
    expect(r.stdout.split('\n')).toEqual([
      expect.stringMatching(/^hello from [0-9a-f]{12} GET \/index.html$/),
      expect.stringMatching(/^hello from [0-9a-f]{12} GET \/$/),
      'This site can’t be reached: localhost refused to connect. (ERR_CONNECTION_REFUSED)',
      'open: 1',
      'curl: 7',
      '',
    ]);
    expect(r.stderr).toBe("curl: (7) Failed to connect to localhost port 9090 after 0 ms: Couldn't connect to server\n");
  });

  it('docker-compose is docker compose; a non-terminal stdin refuses -it as docker does', async () => {
    const r = await script('docker-compose version; echo "$?"\ndocker run -it alpine true\necho "$?"\n');
    expect(r.stdout).toBe('Docker Compose version v2.36.2\n0\n1\n');
    expect(r.stderr).toBe('the input device is not a TTY\n');
  });

  it('the same seed and script give the same output', async () => {
    const text = 'docker run -d alpine sleep 5\nsleep 3\ndocker ps -a --no-trunc\nsleep 3\ndocker ps -a\n';
    const a = await script(text, 9);
    const b = await script(text, 9);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('Exited (0) 1 second ago');
  });
});

describe('dockersim shell on a terminal', () => {
  it('prompts, runs commands, streams a -it container and leaves on exit', async () => {
    const world = networkWorld(2);
    const shell = new ShellDriver(world, { cwd: '/root' });
    const host = world.host().state.hostname;
    expect(await shell.read()).toBe(`root@${host}:~# `);
    expect(await shell.type('echo hi')).toBe(`hi\nroot@${host}:~# `);
    expect(await shell.type('cd /tmp')).toBe(`root@${host}:/tmp# `);
    // A TTY container: its shell's prompt comes over the terminal, lines end in \r\n.
    const inner = await shell.type('docker run -it --name box alpine sh', /\/ # $/);
    expect(inner).toBe('/ # ');
    expect(await shell.type('echo inside', /\/ # $/)).toBe('inside\r\n/ # ');
    expect(await shell.type('exit')).toBe(`root@${host}:/tmp# `);
    expect(await shell.type('docker ps -a --format "{{.Names}} {{.Status}}"')).toBe(`box Exited (0) Less than a second ago\nroot@${host}:/tmp# `);
    shell.terminal.push('exit 3\n');
    expect(await world.clock.hold(shell.exited)).toBe(3);
  });

  it('Ctrl-C interrupts the foreground job; at the prompt it does nothing', async () => {
    const world = createWorld({ seed: 3 });
    const shell = new ShellDriver(world);
    await shell.read();
    expect(shell.session.interrupt()).toBe(false);
    shell.terminal.push('sleep 100\n');
    await world.clock.hold(world.clock.sleep(1_000));
    expect(shell.session.foreground()).toHaveLength(1);
    expect(shell.session.interrupt()).toBe(true);
    await shell.read();
    expect(await shell.type('echo $?')).toMatch(/^130\n/);
    // docker logs -f dies of it too (130), the container goes on.
    await shell.type('docker run -d --name tick alpine sh -c "while true; do echo tick; sleep 1; done" > /dev/null');
    shell.terminal.push('docker logs -f tick\n');
    const some = await shell.read(/tick\ntick\ntick\n$/);
    expect(some).toBe('tick\ntick\ntick\n');
    expect(shell.session.interrupt()).toBe(true);
    await shell.read();
    expect(await shell.type('echo $?; docker ps -q | wc -l')).toMatch(/^130\n1\n/);
  });

  it('Ctrl-D ends one read, as on a terminal', async () => {
    const world = createWorld({ seed: 4 });
    const shell = new ShellDriver(world);
    await shell.read();
    shell.terminal.push('cat\n');
    shell.terminal.push('typed\n');
    await shell.read(/typed\n$/);
    shell.terminal.eof();
    expect(await shell.read()).toMatch(/^root@/);
    shell.terminal.eof();
    expect(await world.clock.hold(shell.exited)).toBe(0);
  });
});

describe('tab completion', () => {
  const world = networkWorld(5);
  const host = world.host();
  const session = new HostSession(world, { cwd: '/work' });
  host.fs.mkdir('/work/src', { recursive: true });
  host.fs.writeFile('/work/src/index.js', '');
  host.fs.writeFile('/work/Dockerfile', '');
  const complete = async (line: string) => (await completeLine(line, { fs: host.fs, client: host.client(), cwd: '/work', path: '/usr/local/bin:/usr/bin' })).candidates;

  it('commands: shell builtins and the PATH', async () => {
    expect(session.hostname).toBe(host.state.hostname);
    expect(await complete('dock')).toEqual(['docker', 'docker-compose']);
    expect(await complete('ex')).toEqual(['exec', 'exit', 'export']);
  });

  it('docker commands, then containers, images, networks and volumes', async () => {
    const docker = host.client();
    await docker.containerCreate({ Image: 'alpine', Cmd: ['true'] }, { name: 'stopped-one' });
    await docker.volumeCreate({ Name: 'todo-db' });
    expect(await complete('docker st')).toEqual(['stack', 'start', 'stats', 'stop']);
    expect(await complete('docker container s')).toEqual(['start', 'stats', 'stop']);
    expect(await complete('docker start sto')).toEqual(['stopped-one']);
    expect(await complete('docker run al')).toEqual(['alpine:latest']);
    expect(await complete('docker network inspect b')).toEqual(['bridge']);
    expect(await complete('docker volume rm t')).toEqual(['todo-db']);
  });

  it('paths of the host', async () => {
    expect(await complete('cat src/')).toEqual(['src/index.js']);
    expect(await complete('docker build -f D')).toEqual(['Dockerfile']);
    expect(await complete('ls /w')).toEqual(['/work/']);
  });
});

describe('which docker commands forward Ctrl-C to the container', () => {
  it.each([
    [['run', 'alpine', 'sh'], true],
    [['run', '-d', 'alpine'], false],
    [['run', '-dp', '80:80', 'nginx'], false],
    [['container', 'run', '--rm', 'alpine'], true],
    [['start', '-a', 'x'], true],
    [['start', 'x'], false],
    [['attach', 'x'], true],
    [['logs', '-f', 'x'], false],
    [['exec', '-it', 'x', 'sh'], false],
  ] as const)('docker %j: %s', (argv, forwards) => {
    expect(forwardsSignals(argv)).toBe(forwards);
  });
});
