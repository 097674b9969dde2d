/**
 * The commands that work against today's DockerClient — `docker version`, `docker info`,
 * `docker events` — run through runDocker on a seeded world, checked against the real docker
 * 28.2 client where it prints without a daemon (its client sections) and against docker's
 * formats elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { runDocker, streamDocker } from '../../src/cli/run-docker.js';
import type { DockerClient } from '../../src/client/docker-client.js';
import { createHttpClient } from '../../src/client/http-client.js';
import { errors } from '../../src/core/errors.js';
import { createWorld } from '../../src/world/world.js';
import { ENV, hasDocker, realDocker as real } from './real-docker.js';


/** A daemon that cannot be reached, as the real client sees one on this machine: every request fails. */
function unreachable(): DockerClient {
  return createHttpClient({ fetch: () => Promise.reject(errors.unavailable('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?')) });
}

describe('docker version', () => {
  it('prints the client and the simulated server with docker\'s template', async () => {
    const world = createWorld({ seed: 1 });
    const r = await runDocker('docker version', { client: world.client() });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      [
        'Client:',
        ' Version:           28.2.2',
        ' API version:       1.50',
        ' Go version:        go1.24.3',
        ' Git commit:        e6534b4',
        ' Built:             Fri May 30 12:07:14 2025',
        ' OS/Arch:           linux/amd64',
        ' Context:           default',
        '',
        'Server: Docker Engine - Community (dockersim)',
        ' Engine:',
        '  Version:          28.2.2',
        '  API version:      1.50 (minimum version 1.24)',
        '  Go version:       go1.24.3',
        '  Git commit:       dockersim',
        '  Built:            Fri May 30 12:07:26 2025',
        '  OS/Arch:          linux/amd64',
        '  Experimental:     false',
        ' dockersim:',
        '  Version:          0.1.0',
        '  GitCommit:        dockersim',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['{{.Server.Version}} {{.Server.APIVersion}} {{.Client.Context}}', '28.2.2 1.50 default\n'],
    ['{{json .Server.Platform}}', '{"Name":"Docker Engine - Community (dockersim)"}\n'],
  ])('--format %s', async (format, out) => {
    const world = createWorld({ seed: 1 });
    expect(await runDocker(['version', '--format', format], { client: world.client() })).toEqual({ stdout: out, stderr: '', exitCode: 0 });
  });

  it('a bad template exits 64 with docker\'s message', async () => {
    const world = createWorld({ seed: 1 });
    expect(await runDocker(['version', '-f', '{{.Client.Version'], { client: world.client() })).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: version:1: unclosed action\n',
      exitCode: 64,
    });
  });

  describe.skipIf(!hasDocker)('equals the real client where it needs no daemon', () => {
    it.each([
      'docker version',
      "docker version --format '{{json .Client}}'",
      "docker version --format '{{.Client.Version}} {{.Server}}'",
    ])('%s', async (line) => {
      const ours = await runDocker(line, { client: unreachable() });
      const theirs = real(line);
      expect(ours.stdout).toBe(theirs.stdout);
      expect(ours.exitCode).toBe(theirs.exitCode);
    });

    it.each(["docker info --format '{{json .ClientInfo}}'", "docker info --format '{{.ClientInfo.Context}} {{.ClientInfo.Debug}}'"])('%s', async (line) => {
      const world = createWorld({ seed: 1 });
      const ours = await runDocker(line, { client: world.client() });
      expect(ours).toEqual({ stdout: real(line).stdout, stderr: '', exitCode: 0 });
    });

    it('docker info: the client section, then the server error', async () => {
      const ours = await runDocker('docker info', { client: unreachable() });
      const theirs = real('docker info');
      expect(ours.stdout).toBe(theirs.stdout);
      expect(ours.exitCode).toBe(1);
      expect(ours.stderr).toContain('ERROR: Error response from daemon: Cannot connect to the Docker daemon');
    });
  });
});

describe('docker info', () => {
  it('prints the simulated daemon in docker\'s layout', async () => {
    const world = createWorld({ seed: 1 });
    const r = await runDocker('docker info', { client: world.client() });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const info = await world.client().systemInfo();
    expect(r.stdout).toBe(
      [
        'Client:',
        ' Version:    28.2.2',
        ' Context:    default',
        ' Debug Mode: false',
        '',
        'Server:',
        ' Containers: 0',
        '  Running: 0',
        '  Paused: 0',
        '  Stopped: 0',
        ' Images: 0',
        ' Server Version: 28.2.2',
        ' Storage Driver: overlay2',
        '  Backing Filesystem: extfs',
        '  Supports d_type: true',
        '  Using metacopy: false',
        '  Native Overlay Diff: true',
        '  userxattr: false',
        ' Logging Driver: json-file',
        ' Cgroup Driver: systemd',
        ' Cgroup Version: 2',
        ' Plugins:',
        '  Volume: local',
        '  Network: bridge host ipvlan macvlan null overlay',
        '  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog',
        ' Swarm: inactive',
        ' Runtimes: runc',
        ' Default Runtime: runc',
        ' Init Binary: docker-init',
        ' containerd version: dockersim',
        ' runc version: dockersim',
        ' init version: dockersim',
        ' Security Options:',
        '  seccomp',
        '   Profile: builtin',
        '  cgroupns',
        ' Kernel Version: 6.8.0-dockersim',
        ' Operating System: dockersim (simulated Docker Engine)',
        ' OSType: linux',
        ' Architecture: x86_64',
        ' CPUs: 2',
        ' Total Memory: 8GiB',
        ' Name: dockersim',
        ` ID: ${info.ID}`,
        ' Docker Root Dir: /var/lib/docker',
        ' Debug Mode: false',
        ' Experimental: false',
        ' Insecure Registries:',
        '  ::1/128',
        '  127.0.0.0/8',
        ' Live Restore Enabled: false',
        '',
        '',
      ].join('\n'),
    );
  });

  it('--format reads the server fields under their Go names', async () => {
    const world = createWorld({ seed: 1 });
    expect((await runDocker(['info', '-f', '{{.ServerVersion}} {{.NCPU}} {{.Swarm.LocalNodeState}}'], { client: world.client() })).stdout).toBe('28.2.0 2 inactive\n'.replace('28.2.0', '28.2.2'));
  });
});

describe('docker events', () => {
  /** A world with a few events: two hosts added after the clock moved, one event each second. */
  async function worldWithEvents() {
    const world = createWorld({ seed: 3 });
    const host = world.host();
    for (const [i, name] of ['web', 'db', 'cache'].entries()) {
      await world.clock.advance(1000);
      host.daemon.ctx.commit(() => {}, [{ Type: 'container', Action: i === 1 ? 'die' : 'start', id: `${name}`.padEnd(64, '0'), attributes: { name, image: 'alpine', exitCode: '0' } }]);
    }
    return world;
  }

  it('replays logged events between --since and --until in docker\'s line format', async () => {
    const world = await worldWithEvents();
    const r = await runDocker('docker events --since 0 --until 0s', { client: world.client(), now: () => world.clock.now() });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      [
        `2025-01-01T00:00:01.000000000Z container start ${'web'.padEnd(64, '0')} (exitCode=0, image=alpine, name=web)`,
        `2025-01-01T00:00:02.000000000Z container die ${'db'.padEnd(64, '0')} (exitCode=0, image=alpine, name=db)`,
        `2025-01-01T00:00:03.000000000Z container start ${'cache'.padEnd(64, '0')} (exitCode=0, image=alpine, name=cache)`,
        '',
      ].join('\n'),
    );
  });

  it('filters and formats with templates', async () => {
    const world = await worldWithEvents();
    const r = await runDocker(['events', '--since', '2025-01-01T00:00:01.5Z', '--until', '0s', '--filter', 'event=start', '--format', '{{.Actor.Attributes.name}} {{.Time}} {{.Scope}}'], {
      client: world.client(),
      now: () => world.clock.now(),
    });
    expect(r).toEqual({ stdout: 'cache 1735689603 local\n', stderr: '', exitCode: 0 });
  });

  it('prints events as JSON with the wire field names, the legacy status/id/from first as API 1.50 sends them', async () => {
    const world = await worldWithEvents();
    const r = await runDocker(['events', '--since', '1s', '--until', '0s', '--format', 'json'], { client: world.client(), now: () => world.clock.now() });
    expect(r.stdout).toBe(
      `{"status":"die","id":"${'db'.padEnd(64, '0')}","from":"alpine","Type":"container","Action":"die","Actor":{"ID":"${'db'.padEnd(64, '0')}","Attributes":{"exitCode":"0","image":"alpine","name":"db"}},"scope":"local","time":1735689602,"timeNano":1735689602000000000}\n` +
        `{"status":"start","id":"${'cache'.padEnd(64, '0')}","from":"alpine","Type":"container","Action":"start","Actor":{"ID":"${'cache'.padEnd(64, '0')}","Attributes":{"exitCode":"0","image":"alpine","name":"cache"}},"scope":"local","time":1735689603,"timeNano":1735689603000000000}\n`,
    );
  });

  it.each([
    [['--since', 'x'], 'failed to parse value as time or duration: "x"\n', 1],
    [['--format', '{{.Foo}}'], 'Error parsing format: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *events.Message\n', 64],
    [['--format', '{{.Foo'], 'Error parsing format: template: :1: unclosed action\n', 64],
  ] as const)('rejects %j', async (args, stderr, exitCode) => {
    const world = createWorld({ seed: 1 });
    expect(await runDocker(['events', ...args], { client: world.client(), now: () => world.clock.now() })).toEqual({ stdout: '', stderr, exitCode });
  });

  it('streams live events until interrupted, exiting 130', async () => {
    const world = createWorld({ seed: 4 });
    const controller = new AbortController();
    let out = '';
    const done = streamDocker('docker events', {
      client: world.client(),
      signal: controller.signal,
      stdout: (t) => {
        out += t;
        controller.abort();
      },
      stderr: () => {},
    });
    await world.clock.settle();
    world.host().daemon.ctx.commit(() => {}, [{ Type: 'network', Action: 'create', id: 'n'.repeat(64), attributes: { name: 'net', type: 'bridge' } }]);
    expect(await done).toBe(130);
    expect(out).toBe(`2025-01-01T00:00:00.000000000Z network create ${'n'.repeat(64)} (name=net, type=bridge)\n`);
  });
});
