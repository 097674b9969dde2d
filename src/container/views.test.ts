import { describe, expect, it } from 'vitest';
import { DockerError } from '../core/errors.js';
import { Random } from '../core/random.js';
import { Table } from '../core/table.js';
import { completeHostConfig, newContainerRecord } from './create.js';
import { listContainers } from './list.js';
import { findContainer } from './lookup.js';
import { normalizeContainerName, randomContainerName } from './names.js';
import type { ContainerRecord } from './record.js';
import { emptyContainerSlice, type ContainerSlice } from './slice.js';
import { statusFlags, type ContainerState, type ContainerStatus } from './state.js';
import { statusText } from './status-text.js';
import { commandLine } from './summary.js';

const T0 = Date.UTC(2025, 0, 1);

function record(id: string, name: string, seq: number, status: ContainerStatus, extra: Partial<ContainerState> = {}, labels: Record<string, string> = {}): ContainerRecord {
  const base = newContainerRecord({
    id,
    name,
    config: { Hostname: '', Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false, Tty: false, OpenStdin: false, StdinOnce: false, Env: null, Cmd: ['sh', '-c', 'echo hi there'], Image: 'alpine', Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: labels },
    image: { id: `sha256:${'9'.repeat(64)}`, config: {} },
    hostConfig: completeHostConfig(undefined),
    now: T0 + seq * 1000,
    seq,
    hostHostname: 'h',
    endpoints: { bridge: { NetworkID: 'f00d', EndpointID: '', IPAddress: '' } },
  });
  const ran = status !== 'created';
  return { ...base, State: { ...base.State, Status: status, ...statusFlags(status), StartedAt: ran ? '2025-01-01T00:00:00Z' : base.State.StartedAt, ...extra } };
}

function slice(records: ContainerRecord[]): ContainerSlice {
  return { ...emptyContainerSlice(), containers: Table.from(records.map((r) => [r.Id, r])), containerNames: Table.from(records.map((r) => [r.Name, r.Id])) };
}

const A = record(`abc1${'0'.repeat(60)}`, '/alpha', 1, 'running', {}, { tier: 'web', env: 'prod' });
const B = record(`abc2${'0'.repeat(60)}`, '/beta', 2, 'exited', { ExitCode: 3, FinishedAt: '2025-01-01T00:00:10Z' }, { tier: 'db' });
const C = record(`def0${'0'.repeat(60)}`, '/gamma', 3, 'created');
const D = record(`0123${'0'.repeat(60)}`, '/delta', 4, 'paused', { Health: { Status: 'healthy', FailingStreak: 0, Log: [] } });
const S = slice([A, B, C, D]);

describe('lookup: full id, exact name, unique prefix', () => {
  it.each([
    [A.Id, A.Id],
    ['alpha', A.Id],
    ['/beta', B.Id],
    ['def', C.Id],
    ['abc1', A.Id],
  ])('%s → found', (ref, id) => {
    expect((findContainer(S, ref) as ContainerRecord).Id).toBe(id);
  });
  it.each([
    ['', 'InvalidParameter', 'invalid name or ID supplied: ""'],
    ['abc', 'InvalidParameter', 'multiple IDs found with provided prefix: abc'],
    ['alph', 'NotFound', 'No such container: alph'],
    ['zzz', 'NotFound', 'No such container: zzz'],
  ])('%j → %s %s', (ref, kind, message) => {
    expect(findContainer(S, ref)).toEqual(new DockerError(kind as 'NotFound', message));
  });
});

describe('names', () => {
  it.each([['web', '/web'], ['/web', '/web'], ['a.b_c-d', '/a.b_c-d'], ['9lives', '/9lives']])('%s is stored as %s', (name, stored) => {
    expect(normalizeContainerName(name)).toBe(stored);
  });
  it.each(['a', '_web', '-x', 'we b', 'ü-name', ''])('%j is rejected with Docker\'s message', (name) => {
    expect((normalizeContainerName(name) as DockerError).message).toBe(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  });
  it('random names skip taken ones and are reproducible from the seed', () => {
    const first = randomContainerName(new Random(5), 'f'.repeat(64), () => false);
    expect(first).toMatch(/^\/[a-z]+_[a-z]+$/);
    const second = randomContainerName(new Random(5), 'f'.repeat(64), (n) => n === first);
    expect(second).not.toBe(first);
    expect(randomContainerName(new Random(5), 'f'.repeat(64), () => true)).toBe('/ffffffffffff');
  });
});

describe('STATUS text', () => {
  const state = (status: ContainerStatus, extra: Partial<ContainerState> = {}): ContainerState => ({ ...record('x'.repeat(64), '/x', 1, status).State, ...extra });
  it.each([
    [state('running'), 0, 'Up Less than a second'],
    [state('running'), 1000, 'Up 1 second'],
    [state('running'), 45_000, 'Up 45 seconds'],
    [state('running'), 90_000, 'About a minute'.replace(/^/, 'Up ')],
    [state('running', { Health: { Status: 'starting', FailingStreak: 0, Log: [] } }), 3000, 'Up 3 seconds (health: starting)'],
    [state('running', { Health: { Status: 'unhealthy', FailingStreak: 3, Log: [] } }), 3000, 'Up 3 seconds (unhealthy)'],
    [state('paused', { Health: { Status: 'healthy', FailingStreak: 0, Log: [] } }), 7_200_000, 'Up 2 hours (Paused)'],
    [state('restarting', { ExitCode: 1, FinishedAt: '2025-01-01T00:00:01Z' }), 3000, 'Restarting (1) 2 seconds ago'],
    [state('exited', { ExitCode: 0, FinishedAt: '2025-01-01T00:00:00Z' }), 3000, 'Exited (0) 3 seconds ago'],
    [state('created'), 5000, 'Created'],
    [state('removing'), 0, 'Removal In Progress'],
    [state('dead'), 0, 'Dead'],
  ])('%#: %s', (s, elapsed, text) => {
    expect(statusText(s, T0 + elapsed)).toBe(text);
  });
});

describe('docker ps: listing and filters', () => {
  const ids = (options: Parameters<typeof listContainers>[1]) => {
    const rows = listContainers(S, options, { now: T0 + 60_000 });
    if (rows instanceof DockerError) throw rows;
    return rows.map((r) => r.Names[0]);
  };
  it.each([
    [{}, ['/delta', '/alpha']],
    [{ all: true }, ['/delta', '/gamma', '/beta', '/alpha']],
    [{ limit: 2 }, ['/delta', '/gamma']],
    [{ filters: { status: ['exited'] } }, ['/beta']],
    [{ filters: { status: ['created', 'paused'] } }, ['/delta', '/gamma']],
    [{ all: true, filters: { name: ['^/?a'] } }, ['/alpha']],
    [{ all: true, filters: { name: ['ta'] } }, ['/delta', '/beta']],
    [{ all: true, filters: { id: ['abc1'] } }, ['/alpha']],
    [{ all: true, filters: { id: ['abc'] } }, []],
    [{ all: true, filters: { label: ['tier'] } }, ['/beta', '/alpha']],
    [{ all: true, filters: { label: ['tier=web', 'env=prod'] } }, ['/alpha']],
    [{ all: true, filters: { exited: ['3'] } }, ['/beta']],
    [{ all: true, filters: { exited: ['0'] } }, []],
    [{ all: true, filters: { health: ['healthy'] } }, ['/delta']],
    [{ all: true, filters: { health: ['none'] } }, ['/gamma', '/beta', '/alpha']],
    [{ all: true, filters: { before: ['gamma'] } }, ['/beta', '/alpha']],
    [{ all: true, filters: { since: ['beta'] } }, ['/delta', '/gamma']],
    [{ all: true, filters: { network: ['bridge'] } }, ['/delta', '/gamma', '/beta', '/alpha']],
    [{ all: true, filters: { network: ['f00'] } }, ['/delta', '/gamma', '/beta', '/alpha']],
    [{ all: true, filters: { network: ['host'] } }, []],
    [{ all: true, filters: { 'is-task': ['true'] } }, []],
    [{ all: true, filters: { 'is-task': ['false'] } }, ['/delta', '/gamma', '/beta', '/alpha']],
    [{ all: true, filters: { ancestor: ['alpine'] } }, []],
  ])('%j → %j', (options, names) => {
    expect(ids(options)).toEqual(names);
  });

  it.each([
    [{ foo: ['1'] }, "invalid filter 'foo'"],
    [{ status: ['up'] }, "invalid filter 'status=up': invalid value for state (up): must be one of created, running, paused, restarting, removing, exited, dead"],
    [{ health: ['ok'] }, "invalid filter 'health=ok': invalid value for health (ok): must be one of none, starting, healthy, unhealthy"],
    [{ exited: ['x'] }, 'invalid filter \'exited=x\': strconv.Atoi: parsing "x": invalid syntax'],
    [{ 'is-task': ['maybe'] }, "invalid filter 'is-task=[maybe]'"],
    [{ publish: ['80:80'] }, "filter for 'publish' should not contain ':': 80:80"],
    [{ before: ['nosuch'] }, 'No such container: nosuch'],
  ])('%j → %s', (filters, message) => {
    const rows = listContainers(S, { filters }, { now: T0 });
    expect(rows).toBeInstanceOf(DockerError);
    expect((rows as DockerError).message).toBe(message);
  });

  it('shows the command with quoted spaced arguments and created time in seconds', () => {
    const rows = listContainers(S, { all: true, filters: { name: ['alpha'] } }, { now: T0 }) as ReturnType<typeof listContainers> & object[];
    expect(commandLine(A)).toBe("sh -c 'echo hi there'");
    expect(rows[0]).toMatchObject({ Command: "sh -c 'echo hi there'", Created: Math.floor((T0 + 1000) / 1000), State: 'running', Image: 'alpine', HostConfig: { NetworkMode: 'bridge' } });
  });
});
