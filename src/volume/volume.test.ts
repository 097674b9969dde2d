import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/helpers/errors.js';
import { fileNode } from '../fs/node.js';
import { buildTree, getNode, putNode } from '../fs/tree.js';
import { createVolume, type VolumeCreateRequest } from './create.js';
import { listVolumes } from './list.js';
import { parseBind, validateMount, type MountRequest } from './mounts/spec.js';
import { registerMounts, releaseMounts, type MountRequests } from './mounts/register.js';
import { pruneVolumes } from './prune.js';
import { ANONYMOUS_LABEL } from './record.js';
import { getVolume, removeVolume } from './remove.js';
import { initialVolumeSlice, type VolumeSlice } from './state.js';

const NOW = Date.UTC(2025, 0, 1, 12, 30, 15, 500);
let counter = 0;
const ctx = () => ({ newName: () => `${(++counter).toString(16).padStart(2, '0')}`.repeat(32), nowMs: NOW, seq: ++counter });

function make(slice: VolumeSlice, req: VolumeCreateRequest): VolumeSlice {
  return createVolume(slice, req, ctx()).slice;
}

describe('volume create', () => {
  it('creates a local volume with Docker’s shape', () => {
    const { record, created } = createVolume(initialVolumeSlice(NOW), { Name: 'todo-db' }, ctx());
    expect(created).toBe(true);
    expect(record).toMatchObject({ CreatedAt: '2025-01-01T12:30:15Z', Driver: 'local', Labels: null, Mountpoint: '/var/lib/docker/volumes/todo-db/_data', Name: 'todo-db', Options: null, Scope: 'local' });
  });

  it('names an anonymous volume with 64 hex and labels it', () => {
    const { record } = createVolume(initialVolumeSlice(NOW), { Labels: { x: 'y' } }, { newName: () => 'ab'.repeat(32), nowMs: NOW, seq: 1 });
    expect(record.Name).toBe('ab'.repeat(32));
    expect(record.Labels).toEqual({ x: 'y', [ANONYMOUS_LABEL]: '' });
  });

  it('returns the existing volume for a known name', () => {
    const slice = make(initialVolumeSlice(NOW), { Name: 'data', Labels: { a: '1' } });
    const again = createVolume(slice, { Name: 'data', Labels: { b: '2' } }, ctx());
    expect(again.created).toBe(false);
    expect(again.record.Labels).toEqual({ a: '1' });
  });

  it.each([
    [{ Name: 'a' }, 'InvalidParameter', 'create a: volume name is too short, names should be at least two alphanumeric characters'],
    [{ Name: './data' }, 'InvalidParameter', 'create ./data: "./data" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path'],
    [{ Name: '_x' }, 'InvalidParameter', 'create _x: "_x" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path'],
    [{ Name: 'v1', Driver: 'nfs' }, 'NotFound', 'create v1: error looking up volume plugin nfs: plugin "nfs" not found'],
    [{ Name: 'v1', DriverOpts: { bogus: '1' } }, 'InvalidParameter', 'create v1: invalid option: "bogus"'],
    [{ Name: 'v1', DriverOpts: { type: 'tmpfs' } }, 'InvalidParameter', 'create v1: missing required option: "device"'],
  ])('%j → %s', (req, kind, message) => {
    expect(errorOf(() => createVolume(initialVolumeSlice(NOW), req, ctx()))).toEqual({ kind, message });
  });
});

describe('volume rm, ls, prune', () => {
  const withRefs = () => {
    let slice = make(make(make(initialVolumeSlice(NOW), { Name: 'used' }), { Name: 'free', Labels: { keep: 'no' } }), {});
    const used = getVolume(slice, 'used');
    slice = { ...slice, volumes: slice.volumes.set('used', { ...used, internal: { ...used.internal, refs: ['c1', 'c2'] } }) };
    return slice;
  };

  it('refuses to remove a volume in use, even with force, listing the containers', () => {
    expect(errorOf(() => removeVolume(withRefs(), 'used', true))).toEqual({ kind: 'Conflict', message: 'remove used: volume is in use - [c1, c2]' });
  });

  it('reports a missing volume as Docker does, unless forced', () => {
    expect(errorOf(() => removeVolume(withRefs(), 'nosuch'))).toEqual({ kind: 'NotFound', message: 'get nosuch: no such volume' });
    expect(removeVolume(withRefs(), 'nosuch', true).removed).toBeUndefined();
    expect(errorOf(() => getVolume(withRefs(), 'nosuch')).message).toBe('get nosuch: no such volume');
  });

  it.each([
    [{}, ['used', 'free', 'anon']],
    [{ dangling: ['true'] }, ['free', 'anon']],
    [{ dangling: ['false'] }, ['used']],
    [{ name: ['^f'] }, ['free']],
    [{ label: ['keep=no'] }, ['free']],
    [{ driver: ['local'] }, ['used', 'free', 'anon']],
  ])('lists %j', (filters, names) => {
    const listed = listVolumes(withRefs(), filters).Volumes.map((v) => (v.Name.length === 64 ? 'anon' : v.Name));
    expect(listed).toEqual(names);
  });

  it('rejects unknown list filters and bad booleans', () => {
    expect(errorOf(() => listVolumes(withRefs(), { nosuch: ['1'] })).message).toBe("invalid filter 'nosuch'");
    expect(errorOf(() => listVolumes(withRefs(), { dangling: ['maybe'] })).message).toBe("invalid filter 'dangling=[maybe]'");
  });

  it('prunes anonymous unused volumes, or every unused one with all=true', () => {
    const slice = withRefs();
    expect(pruneVolumes(slice).removed.map((v) => v.Name.length)).toEqual([64]);
    expect(pruneVolumes(slice, { all: ['true'] }).removed.map((v) => (v.Name.length === 64 ? 'anon' : v.Name))).toEqual(['free', 'anon']);
    expect(pruneVolumes(slice, { all: ['true'], 'label!': ['keep'] }).removed.map((v) => v.Name.length)).toEqual([64]);
    expect(errorOf(() => pruneVolumes(slice, { dangling: ['true'] })).message).toBe("invalid filter 'dangling'");
  });
});

describe('-v and --mount specs', () => {
  it.each([
    ['todo-db:/etc/todos', { type: 'volume', source: 'todo-db', target: '/etc/todos', readOnly: false, mode: '' }],
    ['/data', { type: 'volume', source: '', target: '/data', readOnly: false }],
    ['/host/src:/app:ro', { type: 'bind', source: '/host/src', target: '/app', readOnly: true, mode: 'ro', propagation: 'rprivate' }],
    ['/a/../b/:/c/./d', { type: 'bind', source: '/b', target: '/c/d' }],
    ['v1:/x:nocopy', { type: 'volume', copyData: false }],
  ])('parses %s', (raw, expected) => {
    expect(parseBind(raw)).toMatchObject(expected);
  });

  it.each([
    [':/x', "invalid volume specification: ':/x'"],
    ['/x:ro', "invalid volume specification: '/x:ro'"],
    ['a:b:c:d:e', "invalid volume specification: 'a:b:c:d:e'"],
    ['v1:/x:bogus', 'invalid mode: bogus'],
    ['v1:/x:ro,rw', 'invalid mode: ro,rw'],
    ['v1:rel', `invalid volume specification: 'v1:rel': invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute`],
    ['v1:/', `invalid volume specification: 'v1:/': invalid mount config for type "volume": invalid specification: destination can't be '/'`],
    ['v1:/x:shared', `invalid volume specification: 'v1:/x:shared': invalid mount config for type "volume": field BindOptions must not be specified`],
  ])('rejects %s', (raw, message) => {
    expect(errorOf(() => parseBind(raw))).toEqual({ kind: 'InvalidParameter', message });
  });

  it.each<[MountRequest, string]>([
    [{ Type: 'bind', Source: '/nope', Target: '/x' }, 'invalid mount config for type "bind": bind source path does not exist: /nope'],
    [{ Type: 'bind', Target: '/x' }, 'invalid mount config for type "bind": field Source must not be empty'],
    [{ Type: 'bind', Source: 'rel', Target: '/x' }, `invalid mount config for type "bind": invalid mount path: 'rel' mount path must be absolute`],
    [{ Type: 'volume', Source: 'v', Target: '' }, 'invalid mount config for type "volume": field Target must not be empty'],
    [{ Type: 'volume', Target: '/x', ReadOnly: true }, 'invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes'],
    [{ Type: 'volume', Source: 'v', Target: '/x', BindOptions: {} }, 'invalid mount config for type "volume": field BindOptions must not be specified'],
    [{ Type: 'tmpfs', Source: 'v', Target: '/x' }, 'invalid mount config for type "tmpfs": field Source must not be specified'],
    [{ Type: 'nfs', Target: '/x' }, 'invalid mount config for type "nfs": mount type unknown'],
  ])('rejects --mount %j', (mount, message) => {
    expect(errorOf(() => validateMount(mount, () => false))).toEqual({ kind: 'InvalidParameter', message });
  });
});

describe('registering a container’s mounts', () => {
  const requests = (r: Partial<MountRequests>): MountRequests => ({ binds: null, mounts: null, volumesFrom: null, imageVolumes: null, ...r });

  it('creates named and anonymous volumes, binds and image volumes, with Docker’s MountPoints', () => {
    const slice = initialVolumeSlice(NOW);
    const r = registerMounts(slice, 'c1', requests({ binds: ['todo-db:/etc/todos', '/srv/app:/app:ro'], mounts: [{ Type: 'tmpfs', Target: '/run' }], imageVolumes: { '/var/lib/mysql': {}, '/etc/todos': {} } }), ctx());
    const anon = r.mountPoints[3]!.Name!;
    expect(r.mountPoints).toEqual([
      { Type: 'volume', Name: 'todo-db', Source: '/var/lib/docker/volumes/todo-db/_data', Destination: '/etc/todos', Driver: 'local', Mode: 'z', RW: true, Propagation: '' },
      { Type: 'bind', Source: '/srv/app', Destination: '/app', Mode: 'ro', RW: false, Propagation: 'rprivate' },
      { Type: 'tmpfs', Source: '', Destination: '/run', Mode: '', RW: true, Propagation: '' },
      { Type: 'volume', Name: anon, Source: `/var/lib/docker/volumes/${anon}/_data`, Destination: '/var/lib/mysql', Driver: 'local', Mode: '', RW: true, Propagation: '' },
    ]);
    expect(anon).toMatch(/^[0-9a-f]{64}$/);
    expect(r.events.map((e) => `${e.Action} ${e.id === anon ? 'anon' : e.id}`)).toEqual(['create todo-db', 'create anon']);
    expect(getVolume(r.slice, 'todo-db').internal.refs).toEqual(['c1']);
  });

  it('creates a missing -v host directory but requires a --mount bind source', () => {
    const slice = initialVolumeSlice(NOW);
    const r = registerMounts(slice, 'c1', requests({ binds: ['/home/me/project:/app'] }), ctx());
    expect(getNode(r.slice.hostFs, '/home/me/project')?.kind).toBe('directory');
    expect(errorOf(() => registerMounts(slice, 'c1', requests({ mounts: [{ Type: 'bind', Source: '/home/me/other', Target: '/app' }] }), ctx())).message).toBe(
      'invalid mount config for type "bind": bind source path does not exist: /home/me/other',
    );
    expect(() => registerMounts(r.slice, 'c2', requests({ mounts: [{ Type: 'bind', Source: '/home/me/project', Target: '/app' }] }), ctx())).not.toThrow();
  });

  it('refuses a duplicate mount point', () => {
    expect(errorOf(() => registerMounts(initialVolumeSlice(NOW), 'c1', requests({ binds: ['a1:/x', 'b1:/x'] }), ctx()))).toEqual({ kind: 'InvalidParameter', message: 'Duplicate mount point: /x' });
    expect(errorOf(() => registerMounts(initialVolumeSlice(NOW), 'c1', requests({ binds: ['a1:/x'], mounts: [{ Type: 'volume', Source: 'b1', Target: '/x' }] }), ctx())).message).toBe('Duplicate mount point: /x');
  });

  it('copies the image’s files into an empty volume only (and never into a bind)', () => {
    const imageRoot = buildTree({ 'etc/todos/seed.json': '[]', 'app/index.js': 'x' });
    let slice = initialVolumeSlice(NOW);
    slice = registerMounts(slice, 'c1', requests({ binds: ['todo-db:/etc/todos', '/srv/app:/app'] }), { ...ctx(), imageRoot }).slice;
    expect(getNode(getVolume(slice, 'todo-db').internal.data, 'seed.json')).toBeDefined();
    expect(getNode(slice.hostFs, '/srv/app/index.js')).toBeUndefined();
    const volume = getVolume(slice, 'todo-db');
    const changed = { ...volume, internal: { ...volume.internal, data: putNode(volume.internal.data, 'mine.txt', fileNode('mine')) } };
    slice = { ...slice, volumes: slice.volumes.set('todo-db', changed) };
    const again = registerMounts(slice, 'c2', requests({ binds: ['todo-db:/etc/todos'] }), { ...ctx(), imageRoot: buildTree({ 'etc/todos/other': 'z' }) }).slice;
    expect(getNode(getVolume(again, 'todo-db').internal.data, 'other')).toBeUndefined();
    const nocopy = registerMounts(initialVolumeSlice(NOW), 'c3', requests({ binds: ['fresh:/etc/todos:nocopy'] }), { ...ctx(), imageRoot }).slice;
    expect(getVolume(nocopy, 'fresh').internal.data.entries.size).toBe(0);
  });

  it('releases references; removes only the container’s anonymous volumes when asked', () => {
    const r = registerMounts(initialVolumeSlice(NOW), 'c1', requests({ binds: ['named:/a', '/b'] }), ctx());
    const kept = releaseMounts(r.slice, 'c1', r.mountPoints, false);
    expect(kept.slice.volumes.size).toBe(2);
    expect(getVolume(kept.slice, 'named').internal.refs).toEqual([]);
    const removed = releaseMounts(r.slice, 'c1', r.mountPoints, true);
    expect([...removed.slice.volumes.keys()]).toEqual(['named']);
    expect(removed.events.map((e) => e.Action)).toEqual(['destroy']);
  });
});
