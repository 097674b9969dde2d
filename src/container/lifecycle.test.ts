import { describe, expect, it } from 'vitest';
import { DockerError } from '../core/errors.js';
import { completeHostConfig, newContainerRecord } from './create.js';
import { transition, type LifecycleAction } from './lifecycle.js';
import type { ContainerRecord } from './record.js';
import { CONTAINER_STATUSES, statusFlags, type ContainerStatus } from './state.js';

const ID = 'a'.repeat(64);
const NOW = Date.UTC(2025, 0, 1);

function container(status: ContainerStatus, patch: Partial<ContainerRecord['HostConfig']> = {}): ContainerRecord {
  const base = newContainerRecord({
    id: ID,
    name: '/web',
    config: { Hostname: '', Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false, Tty: false, OpenStdin: false, StdinOnce: false, Env: null, Cmd: ['sleep', '9'], Image: 'alpine', Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: {} },
    image: undefined,
    hostConfig: { ...completeHostConfig(undefined), ...patch },
    now: NOW,
    seq: 1,
    hostHostname: 'dockersim',
    endpoints: {},
  });
  const started = status === 'created' ? '0001-01-01T00:00:00Z' : '2025-01-01T00:00:00Z';
  return { ...base, State: { ...base.State, Status: status, ...statusFlags(status), StartedAt: started } };
}

type Row = [ContainerStatus, LifecycleAction, string, string];

// Every illegal move and Docker's exact answer (docker-semantics.md §1.3).
const ILLEGAL: Row[] = [
  ['paused', { type: 'start', pid: 1 }, 'Conflict', 'cannot start a paused container, try unpause instead'],
  ['running', { type: 'start', pid: 1 }, 'NotModified', 'container is already running'],
  ['restarting', { type: 'start', pid: 1 }, 'NotModified', 'container is already running'],
  ['removing', { type: 'start', pid: 1 }, 'Conflict', 'container is marked for removal and cannot be started'],
  ['dead', { type: 'start', pid: 1 }, 'Conflict', 'container is marked for removal and cannot be started'],
  ['created', { type: 'stop', timeoutMs: 10_000 }, 'NotModified', 'container is already stopped'],
  ['exited', { type: 'stop', timeoutMs: 10_000 }, 'NotModified', 'container is already stopped'],
  ['dead', { type: 'stop', timeoutMs: 10_000 }, 'NotModified', 'container is already stopped'],
  ['created', { type: 'kill', signal: 'SIGKILL' }, 'Conflict', `container ${ID} is not running`],
  ['exited', { type: 'kill', signal: 'SIGTERM' }, 'Conflict', `container ${ID} is not running`],
  ['created', { type: 'pause' }, 'Conflict', `container ${ID} is not running`],
  ['exited', { type: 'pause' }, 'Conflict', `container ${ID} is not running`],
  ['paused', { type: 'pause' }, 'Conflict', `container ${ID} is already paused`],
  ['restarting', { type: 'pause' }, 'Conflict', `Container ${ID} is restarting, wait until the container is running`],
  ['running', { type: 'unpause' }, 'Internal', `Container ${ID} is not paused`],
  ['created', { type: 'unpause' }, 'Internal', `Container ${ID} is not paused`],
  ['exited', { type: 'unpause' }, 'Internal', `Container ${ID} is not paused`],
  ['running', { type: 'remove', name: 'web', force: false }, 'Conflict', 'cannot remove container "web": container is running: stop the container before removing or force remove'],
  ['restarting', { type: 'remove', name: 'web', force: false }, 'Conflict', 'cannot remove container "web": container is restarting: stop the container before removing or force remove'],
  ['paused', { type: 'remove', name: 'web', force: false }, 'Conflict', 'cannot remove container "web": container is paused and must be unpaused first'],
  ['removing', { type: 'remove', name: 'web', force: true }, 'Conflict', 'removal of container web is already in progress'],
  ['created', { type: 'exec' }, 'Conflict', `container ${ID} is not running`],
  ['exited', { type: 'exec' }, 'Conflict', `container ${ID} is not running`],
  ['paused', { type: 'exec' }, 'Conflict', `Container ${ID} is paused, unpause the container before exec`],
  ['restarting', { type: 'exec' }, 'Conflict', `Container ${ID} is restarting, wait until the container is running`],
  ['removing', { type: 'update' }, 'Conflict', `Cannot update container ${ID}: container is marked for removal and cannot be "update"`],
  ['dead', { type: 'update' }, 'Conflict', `Cannot update container ${ID}: container is marked for removal and cannot be "update"`],
  ['dead', { type: 'commit' }, 'Conflict', `You cannot commit container ${ID} which is Dead`],
  ['removing', { type: 'commit' }, 'Conflict', `You cannot commit container ${ID} which is being removed`],
];

describe('transition: illegal moves', () => {
  it.each(ILLEGAL)('%s + %j → %s %s', (status, action, kind, message) => {
    const result = transition(container(status), action, NOW);
    expect(result).toBeInstanceOf(DockerError);
    expect((result as DockerError).kind).toBe(kind);
    expect((result as DockerError).message).toBe(message);
  });
});

describe('transition: legal moves', () => {
  it.each([
    ['created', { type: 'start', pid: 7 }, 'running'],
    ['exited', { type: 'start', pid: 7 }, 'running'],
    ['running', { type: 'pause' }, 'paused'],
    ['paused', { type: 'unpause' }, 'running'],
    ['running', { type: 'exited', exitCode: 3 }, 'exited'],
    ['paused', { type: 'exited', exitCode: 137 }, 'exited'],
    ['restarting', { type: 'stop', timeoutMs: 1000 }, 'exited'],
    ['restarting', { type: 'kill', signal: 'SIGKILL' }, 'exited'],
    ['paused', { type: 'stop', timeoutMs: 1000 }, 'running'],
    ['created', { type: 'remove', name: 'web', force: false }, 'removing'],
    ['exited', { type: 'remove', name: 'web', force: false }, 'removing'],
    ['dead', { type: 'remove', name: 'web', force: false }, 'removing'],
    ['restarting', { type: 'restart-due', pid: 9 }, 'running'],
  ] as [ContainerStatus, LifecycleAction, ContainerStatus][])('%s + %j → %s', (status, action, next) => {
    const result = transition(container(status), action, NOW);
    if (result instanceof DockerError) throw result;
    expect(result.next.State.Status).toBe(next);
    expect(result.next.State).toMatchObject(statusFlags(next));
  });

  it('start resets the exit code, error, restart count and manual-stop flag, and asks for a process', () => {
    const c = { ...container('exited'), RestartCount: 4, internal: { ...container('exited').internal, manuallyStopped: true, restartBackoffMs: 800 } };
    const result = transition({ ...c, State: { ...c.State, ExitCode: 2, Error: 'x' } }, { type: 'start', pid: 42 }, NOW + 5000);
    if (result instanceof DockerError) throw result;
    expect(result.next.State).toMatchObject({ Pid: 42, ExitCode: 0, Error: '', StartedAt: '2025-01-01T00:00:05Z' });
    expect(result.next.RestartCount).toBe(0);
    expect(result.next.internal).toMatchObject({ manuallyStopped: false, restartBackoffMs: 0 });
    expect(result.effects).toEqual([{ type: 'spawn' }, { type: 'event', action: 'start' }]);
  });

  it('stop sends the stop signal, then schedules SIGKILL after the timeout; a paused container is thawed', () => {
    const result = transition(container('paused'), { type: 'stop', timeoutMs: 10_000 }, NOW);
    if (result instanceof DockerError) throw result;
    expect(result.effects).toEqual([
      { type: 'signal', signal: 'SIGTERM' },
      { type: 'thaw' },
      { type: 'event', action: 'kill', attributes: { signal: '15' } },
      { type: 'kill-after', ms: 10_000 },
    ]);
    expect(result.next.internal).toMatchObject({ manuallyStopped: true, exitOnNext: true });
  });

  it('an exit under restart policy always asks for a restart after the back-off', () => {
    const result = transition(container('running', { RestartPolicy: { Name: 'always', MaximumRetryCount: 0 } }), { type: 'exited', exitCode: 1 }, NOW + 1000);
    if (result instanceof DockerError) throw result;
    expect(result.next.State.Status).toBe('restarting');
    expect(result.next.RestartCount).toBe(1);
    expect(result.effects).toContainEqual({ type: 'restart-after', ms: 100 });
    expect(result.effects).toContainEqual({ type: 'event', action: 'die', attributes: { exitCode: '1', execDuration: '1' } });
  });

  it('kill with a signal other than a custom stop signal does not cancel the restart manager', () => {
    const c = container('running', { RestartPolicy: { Name: 'always', MaximumRetryCount: 0 } });
    const custom = { ...c, Config: { ...c.Config, StopSignal: 'SIGQUIT' } };
    const killed = transition(custom, { type: 'kill', signal: 'SIGTERM' }, NOW);
    if (killed instanceof DockerError) throw killed;
    expect(killed.next.internal).toMatchObject({ manuallyStopped: true, exitOnNext: false });
    const exited = transition(killed.next, { type: 'exited', exitCode: 143 }, NOW);
    if (exited instanceof DockerError) throw exited;
    expect(exited.next.State.Status).toBe('restarting');
  });

  it.each(CONTAINER_STATUSES.filter((s) => s !== 'removing' && s !== 'dead'))('update and commit leave a %s container as it is', (status) => {
    const c = container(status);
    for (const type of ['update', 'commit'] as const) {
      const result = transition(c, { type }, NOW);
      if (result instanceof DockerError) throw result;
      expect(result.next).toBe(c);
      expect(result.effects).toEqual([]);
    }
  });
});
