/**
 * The real docker CLI 28.2 against `startServer`: what it prints must be what it prints against
 * Docker (engine-api-captures.log), with our daemon's values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../src/core/time.js';
import { startServer, type EngineServer } from '../../src/node/index.js';
import { dockerCli } from './cli.js';

let server: EngineServer;
let docker: ReturnType<typeof dockerCli>;

beforeAll(async () => {
  server = await startServer({ seed: 11 });
  docker = dockerCli(server.dockerHost);
});
afterAll(async () => {
  await server.close();
});

describe('docker CLI against dockersim serve', () => {
  it('docker version: client and server on API 1.50, the server section as Docker prints it', async () => {
    const { stdout, stderr, code } = await docker(['version']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(' API version:       1.50\n');
    expect(stdout).toContain(
      [
        'Server: Docker Engine - Community (dockersim)',
        ' Engine:',
        '  Version:          28.2.2',
        '  API version:      1.50 (minimum version 1.24)',
        '  Go version:       go1.24.3',
        '  Git commit:       dockersim',
        '  Built:            Fri May 30 12:07:26 2025',
        '  OS/Arch:          linux/amd64',
        '  Experimental:     false',
      ].join('\n'),
    );
    expect((await docker(['version', '--format', '{{.Client.APIVersion}} {{.Server.APIVersion}}'])).stdout).toBe('1.50 1.50\n');
  });

  it('docker info: the server section from the simulated host', async () => {
    const info = await server.client().systemInfo();
    const { stdout, code } = await docker(['info']);
    expect(code).toBe(0);
    for (const line of [
      'Server:',
      ' Containers: 0',
      '  Running: 0',
      ' Images: 0',
      ' Server Version: 28.2.2',
      ' Storage Driver: overlay2',
      ' Logging Driver: json-file',
      ' Cgroup Version: 2',
      ' Swarm: inactive',
      ' Default Runtime: runc',
      ' OSType: linux',
      ' Architecture: x86_64',
      ' CPUs: 2',
      ' Total Memory: 8GiB',
      ` Name: ${info.Name}`,
      ` ID: ${info.ID}`,
      ' Live Restore Enabled: false',
    ]) {
      expect(stdout).toContain(`${line}\n`);
    }
    expect((await docker(['info', '--format', '{{.ServerVersion}} {{.OSType}} {{.Swarm.LocalNodeState}}'])).stdout).toBe('28.2.2 linux inactive\n');
  });

  it('docker events --since/--until replays the window and ends; --filter and --format work', async () => {
    const ctx = server.world.host().daemon.ctx;
    ctx.commit(() => {}, [
      { Type: 'container', Action: 'create', id: 'd650f0ee9762b1b1b5ceb1221d67cfb58a75d58dd8093f7261fe5ebd3c3cf403', attributes: { image: 'alpine', name: 'evtest' } },
      { Type: 'network', Action: 'connect', id: '2ac8ceb3f39b', attributes: { container: 'd650f0ee9762', name: 'bridge', type: 'bridge' } },
    ]);
    const at = ctx.state.events.at(-1)!;
    // `--until 0s` would be "now" in whole seconds, which (as with Docker) leaves out this second's
    // events; an RFC 3339 bound just after them keeps them and ends the stream at once.
    const until = formatTimestamp(Math.round(at.timeNano / 1e6) + 1);
    const plain = await docker(['events', '--since', '1m', '--until', until]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(
      `${timeOf(ctx.state.events.at(-2)!.timeNano)} container create d650f0ee9762b1b1b5ceb1221d67cfb58a75d58dd8093f7261fe5ebd3c3cf403 (image=alpine, name=evtest)\n` +
        `${timeOf(at.timeNano)} network connect 2ac8ceb3f39b (container=d650f0ee9762, name=bridge, type=bridge)\n`,
    );
    const json = await docker(['events', '--since', '1m', '--until', until, '--filter', 'type=container', '--format', '{{json .}}']);
    expect(json.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      {
        status: 'create',
        id: 'd650f0ee9762b1b1b5ceb1221d67cfb58a75d58dd8093f7261fe5ebd3c3cf403',
        from: 'alpine',
        Type: 'container',
        Action: 'create',
        Actor: { ID: 'd650f0ee9762b1b1b5ceb1221d67cfb58a75d58dd8093f7261fe5ebd3c3cf403', Attributes: { image: 'alpine', name: 'evtest' } },
        scope: 'local',
        time: at.time,
        timeNano: at.timeNano,
      },
    ]);
  });

  it('reports the daemon\'s errors as Docker would, with exit code 1', async () => {
    expect(await docker(['version'], { DOCKER_API_VERSION: '1.51' })).toMatchObject({
      code: 1,
      stderr: 'Error response from daemon: client version 1.51 is too new. Maximum supported API version is 1.50\n',
    });
    expect(await docker(['ps'], { DOCKER_API_VERSION: '1.23' })).toMatchObject({
      code: 1,
      stderr: 'Error response from daemon: client version 1.23 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version\n',
    });
    expect(await docker(['service', 'ls'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: Swarm mode is not supported by dockersim\n' });
  });

  it('works over loopback TCP as well', async () => {
    const tcp = await startServer({ world: server.world, tcp: '127.0.0.1:0' });
    try {
      expect((await dockerCli(tcp.dockerHost)(['version', '--format', '{{.Server.Version}}'])).stdout).toBe('28.2.2\n');
    } finally {
      await tcp.close();
    }
  });
});

/** How the CLI prints an event's time: RFC 3339 with nine fractional digits, in UTC. */
function timeOf(timeNano: number): string {
  const ms = Math.round(timeNano / 1e6); // timeNano is whole milliseconds; floor could land one below
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 19)}.${String(ms % 1000).padStart(3, '0')}000000Z`;
}
