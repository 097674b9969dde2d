import { describe, expect, it } from 'vitest';
import { DockerError } from '../core/errors.js';
import type { ImageRunConfig } from './config.js';
import { checkCreateRequest, completeHostConfig, mergedConfig, type ContainerCreateRequest } from './create.js';
import { entrypointAndArgs } from './merge.js';

const IMAGE: ImageRunConfig = {
  Entrypoint: ['docker-entrypoint.sh'],
  Cmd: ['node', 'app.js'],
  Env: ['PATH=/usr/bin', 'NODE_VERSION=20'],
  ExposedPorts: { '3000/tcp': {} },
  Labels: { maintainer: 'me', tier: 'web' },
  WorkingDir: '/app',
  User: 'node',
  StopSignal: 'SIGQUIT',
  Volumes: { '/data': {} },
  Healthcheck: { Test: ['CMD-SHELL', 'curl -f localhost'], Interval: 5e9, Retries: 2 },
};
const image = { id: `sha256:${'1'.repeat(64)}`, config: IMAGE };

function merged(request: Partial<ContainerCreateRequest>) {
  const out = mergedConfig({ Image: 'app', ...request }, image);
  if (out instanceof DockerError) throw out;
  return out;
}

describe('create: merging with the image config (moby daemon/commit.go merge)', () => {
  it('inherits everything when the user gives nothing', () => {
    const c = merged({});
    expect(c).toMatchObject({ Entrypoint: IMAGE.Entrypoint, Cmd: IMAGE.Cmd, Env: IMAGE.Env, WorkingDir: '/app', User: 'node', StopSignal: 'SIGQUIT', Labels: IMAGE.Labels, Volumes: IMAGE.Volumes });
    expect(entrypointAndArgs(c)).toEqual({ path: 'docker-entrypoint.sh', args: ['node', 'app.js'] });
  });

  it.each([
    ['Cmd replaces the image Cmd, keeps its Entrypoint', { Cmd: ['sh'] }, 'docker-entrypoint.sh', ['sh']],
    ['--entrypoint resets the image Cmd', { Entrypoint: ['/bin/sh'] }, '/bin/sh', []],
    ['--entrypoint with args', { Entrypoint: ['/bin/sh'], Cmd: ['-c', 'ls'] }, '/bin/sh', ['-c', 'ls']],
    ['--entrypoint "" clears the entrypoint and the image Cmd', { Entrypoint: [''], Cmd: ['ls', '-l'] }, 'ls', ['-l']],
  ])('%s', (_, request, path, args) => {
    expect(entrypointAndArgs(merged(request as Partial<ContainerCreateRequest>))).toEqual({ path, args });
  });

  it('appends the image variables the user did not set; user values win', () => {
    expect(merged({ Env: ['NODE_VERSION=22', 'A=1'] }).Env).toEqual(['NODE_VERSION=22', 'A=1', 'PATH=/usr/bin']);
  });

  it('unions labels and exposed ports, user values first', () => {
    const c = merged({ Labels: { tier: 'api' }, ExposedPorts: { '9000/tcp': {} } });
    expect(c.Labels).toEqual({ maintainer: 'me', tier: 'api' });
    expect(Object.keys(c.ExposedPorts ?? {}).sort()).toEqual(['3000/tcp', '9000/tcp']);
  });

  it('fills healthcheck fields one by one', () => {
    expect(merged({ Healthcheck: { Test: [], Timeout: 2e9 } }).Healthcheck).toEqual({ Test: IMAGE.Healthcheck!.Test, Interval: 5e9, Timeout: 2e9, StartPeriod: 0, StartInterval: 0, Retries: 2 });
  });

  it('user WorkingDir, User and StopSignal win', () => {
    expect(merged({ WorkingDir: '/srv', User: '1000:1000', StopSignal: 'SIGINT' })).toMatchObject({ WorkingDir: '/srv', User: '1000:1000', StopSignal: 'SIGINT' });
  });

  it('no command at all is `no command specified`', () => {
    const out = mergedConfig({ Image: 'scratch-ish' }, { id: 'sha256:x', config: {} });
    expect(out).toEqual(new DockerError('InvalidParameter', 'no command specified'));
  });
});

describe('create: validation before the image lookup', () => {
  it.each([
    [{ WorkingDir: 'rel' }, 'the working directory \'rel\' is invalid, it needs to be an absolute path'],
    [{ StopSignal: 'SIGNOPE' }, 'invalid signal: SIGNOPE'],
    [{ Env: ['=x'] }, 'invalid environment variable: =x'],
    [{ Healthcheck: { Interval: 10 } }, 'Interval in Healthcheck cannot be less than 1ms'],
    [{ Healthcheck: { Timeout: 999_999 } }, 'Timeout in Healthcheck cannot be less than 1ms'],
    [{ Healthcheck: { Retries: -1 } }, 'Retries in Healthcheck cannot be negative'],
    [{ Healthcheck: { StartPeriod: 1 } }, 'StartPeriod in Healthcheck cannot be less than 1ms'],
    [{ HostConfig: { AutoRemove: true, RestartPolicy: { Name: 'always' } } }, "can't create 'AutoRemove' container with restart policy"],
    [{ HostConfig: { RestartPolicy: { Name: 'always', MaximumRetryCount: 2 } } }, "invalid restart policy: maximum retry count can only be used with 'on-failure'"],
    [{ HostConfig: { RestartPolicy: { Name: 'no', MaximumRetryCount: -2 } } }, "invalid restart policy: maximum retry count can only be used with 'on-failure' and cannot be negative"],
    [{ HostConfig: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: -1 } } }, 'invalid restart policy: maximum retry count cannot be negative'],
    [{ HostConfig: { RestartPolicy: { Name: 'sometimes' as 'no' } } }, "invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'"],
    [{ HostConfig: { PortBindings: { '0/tcp': [] } } }, 'invalid port specification: "0/tcp"'],
    [{ HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: 'x' }] } } }, 'invalid port specification: "x"'],
  ] as [Partial<ContainerCreateRequest>, string][])('%j → %s', (request, message) => {
    const error = checkCreateRequest({ Image: 'alpine', ...request });
    expect(error?.kind).toBe('InvalidParameter');
    expect(error?.message).toBe(message);
  });

  it('accepts a well-formed request', () => {
    expect(checkCreateRequest({ Image: 'a', WorkingDir: '/x/../y', StopSignal: '9', Env: ['A'], HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8000-8010' }] }, RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 } } })).toBeUndefined();
  });
});

describe('create: HostConfig defaults (moby adaptContainerSettings)', () => {
  it('fills the daemon defaults', () => {
    expect(completeHostConfig(undefined)).toMatchObject({ NetworkMode: 'bridge', RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, ShmSize: 67108864, IpcMode: 'private', CgroupnsMode: 'private', LogConfig: { Type: 'json-file', Config: {} }, OomKillDisable: false });
  });
  it('maps NetworkMode default to bridge, doubles Memory into MemorySwap, drops masked paths when privileged', () => {
    const hc = completeHostConfig({ NetworkMode: 'default', Memory: 64 * 1024 * 1024, Privileged: true, RestartPolicy: { Name: '' } });
    expect(hc).toMatchObject({ NetworkMode: 'bridge', MemorySwap: 128 * 1024 * 1024, MaskedPaths: [], ReadonlyPaths: [], RestartPolicy: { Name: 'no' } });
  });
});
