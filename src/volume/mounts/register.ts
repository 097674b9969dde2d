/**
 * @module
 * A container's mounts decided at create (moby `registerMountPoints`, `createContainerOSSpecific
 * Settings`, `populateVolumes`): `--mount` specs validated first, then `--volumes-from` (another
 * container's mounts, read-only with `:ro`), `-v` binds and `--mount`s replacing them,
 * then the image's `VOLUME`s not already covered — named volumes created on first use, anonymous
 * ones with a fresh 64-hex name, `-v` host directories created when missing — and the image's
 * files copied into every volume that is still empty (never into a bind mount). And their release
 * when the container goes: references dropped, anonymous volumes removed with `rm -v` / `--rm`.
 */
import type { EventSpec } from '../../core/events.js';
import { duplicateMountPoint } from '../../core/messages/volume.js';
import type { MountPoint } from '../../container/record.js';
import { directoryNode, isDirectory, type DirectoryNode } from '../../fs/node.js';
import { getNode, putNode } from '../../fs/tree.js';
import { createVolume, type VolumeCreateContext } from '../create.js';
import type { VolumeSlice } from '../state.js';
import { cleanPath, mountSpec, parseBind, validateMount, type MountRequest, type MountSpec } from './spec.js';

/** What a container asks to mount (its `HostConfig` and `Config.Volumes`). */
export interface MountRequests {
  readonly binds: readonly string[] | null | undefined;
  readonly mounts: readonly MountRequest[] | null | undefined;
  /** `--volumes-from <container>[:ro|rw]`, the containers' mounts already looked up. */
  readonly volumesFrom: readonly { readonly mounts: readonly MountPoint[]; readonly mode: string }[] | null | undefined;
  /** `Config.Volumes` (image `VOLUME`s and `--volume` without source), by container path. */
  readonly imageVolumes: { readonly [path: string]: unknown } | null | undefined;
}

/** The result of registering a container's mounts. */
export interface RegisteredMounts {
  readonly slice: VolumeSlice;
  /** `Mounts` of `docker inspect`, in registration order. */
  readonly mountPoints: readonly MountPoint[];
  readonly events: readonly EventSpec[];
}

/** A volume `create` event. */
function createEvent(name: string, driver: string): EventSpec {
  return { Type: 'volume', Action: 'create', id: name, attributes: { driver } };
}

function hostPathExists(slice: VolumeSlice, path: string): boolean {
  return getNode(slice.hostFs, path) !== undefined;
}

/**
 * Registers the mounts of container `containerId`. `imageRoot` (the image's flattened tree, when
 * known) feeds copy-up. Throws Docker's 400 on bad specs; nothing changes then.
 */
export function registerMounts(slice: VolumeSlice, containerId: string, requests: MountRequests, ctx: VolumeCreateContext & { readonly imageRoot?: DirectoryNode }): RegisteredMounts {
  for (const m of requests.mounts ?? []) validateMount(m, (p) => hostPathExists(slice, p));
  // --volumes-from first (moby: later binds and mounts replace them at the same destination).
  const inherited = new Map<string, MountPoint>();
  for (const from of requests.volumesFrom ?? []) {
    for (const mp of from.mounts) inherited.set(mp.Destination, { ...mp, RW: mp.RW && !from.mode.split(',').includes('ro') });
  }
  const specs: { spec: MountSpec; anonymous: boolean; imageVolume?: boolean }[] = [];
  const seen = new Set<string>();
  for (const raw of requests.binds ?? []) {
    const spec = parseBind(raw);
    if (seen.has(spec.target)) throw duplicateMountPoint(spec.target);
    seen.add(spec.target);
    specs.push({ spec, anonymous: spec.type === 'volume' && spec.source === '' });
  }
  for (const m of requests.mounts ?? []) {
    const spec = mountSpec(m);
    if (seen.has(spec.target)) throw duplicateMountPoint(m.Target ?? '');
    seen.add(spec.target);
    specs.push({ spec, anonymous: spec.type === 'volume' && spec.source === '' });
  }
  for (const path of Object.keys(requests.imageVolumes ?? {}).sort()) {
    const target = cleanPath(path);
    if (seen.has(target) || inherited.has(target)) continue;
    seen.add(target);
    specs.push({ spec: { type: 'volume', source: '', target, readOnly: false, mode: '', copyData: true, propagation: '', createHostPath: false }, anonymous: true, imageVolume: true });
  }

  let next = slice;
  const mountPoints: MountPoint[] = [];
  const events: EventSpec[] = [];
  for (const mp of inherited.values()) {
    if (seen.has(mp.Destination)) continue;
    mountPoints.push(mp);
    const record = mp.Type === 'volume' && mp.Name ? next.volumes.get(mp.Name) : undefined;
    if (record && !record.internal.refs.includes(containerId)) {
      next = { ...next, volumes: next.volumes.set(record.Name, { ...record, internal: { ...record.internal, refs: [...record.internal.refs, containerId] } }) };
    }
  }
  let seq = ctx.seq;
  for (const { spec, anonymous, imageVolume } of specs) {
    if (spec.type === 'bind') {
      if (spec.createHostPath && !hostPathExists(next, spec.source)) {
        next = { ...next, hostFs: putNode(next.hostFs, spec.source, directoryNode({ mtime: ctx.nowMs }), { parents: { mtime: ctx.nowMs } }) };
      }
      mountPoints.push({ Type: 'bind', Source: spec.source, Destination: spec.target, Mode: spec.mode, RW: !spec.readOnly, Propagation: spec.propagation });
      continue;
    }
    if (spec.type === 'tmpfs') {
      mountPoints.push({ Type: 'tmpfs', Source: '', Destination: spec.target, Mode: '', RW: !spec.readOnly, Propagation: '' });
      continue;
    }
    const made = createVolume(next, { Name: spec.source, ...(spec.driver ? { Driver: spec.driver } : {}), ...(spec.labels ? { Labels: spec.labels } : {}), ...(spec.driverOptions ? { DriverOpts: spec.driverOptions } : {}) }, { ...ctx, seq: ++seq });
    next = made.slice;
    if (made.created) events.push(createEvent(made.record.Name, made.record.Driver));
    let record = made.record;
    const refs = record.internal.refs.includes(containerId) ? record.internal.refs : [...record.internal.refs, containerId];
    const anonymousFor = anonymous ? [...record.internal.anonymousFor, containerId] : record.internal.anonymousFor;
    let data = record.internal.data;
    const image = ctx.imageRoot && spec.copyData ? getNode(ctx.imageRoot, spec.target) : undefined;
    if (isDirectory(image) && data.entries.size === 0) data = image;
    record = { ...record, internal: { ...record.internal, refs, anonymousFor, data } };
    next = { ...next, volumes: next.volumes.set(record.Name, record) };
    mountPoints.push({
      Type: 'volume',
      Name: record.Name,
      Source: record.Mountpoint,
      Destination: spec.target,
      Driver: record.Driver,
      // moby's setBindModeIfNull gives `-v` and `--mount` volumes mode `z`; image volumes keep ''.
      Mode: imageVolume ? '' : spec.mode || 'z',
      RW: !spec.readOnly,
      Propagation: '',
    });
  }
  return { slice: next, mountPoints, events };
}

/**
 * Drops a removed container's references; with `removeAnonymous` (`rm -v`, `--rm`) also removes
 * the anonymous volumes it created, unless another container still uses them.
 */
export function releaseMounts(slice: VolumeSlice, containerId: string, mountPoints: readonly MountPoint[], removeAnonymous: boolean): { readonly slice: VolumeSlice; readonly events: readonly EventSpec[] } {
  let volumes = slice.volumes;
  const events: EventSpec[] = [];
  for (const mp of mountPoints) {
    if (mp.Type !== 'volume' || !mp.Name) continue;
    const record = volumes.get(mp.Name);
    if (!record) continue;
    const refs = record.internal.refs.filter((id) => id !== containerId);
    if (removeAnonymous && record.internal.anonymousFor.includes(containerId) && refs.length === 0) {
      volumes = volumes.delete(record.Name);
      events.push({ Type: 'volume', Action: 'destroy', id: record.Name, attributes: { driver: record.Driver } });
      continue;
    }
    volumes = volumes.set(record.Name, { ...record, internal: { ...record.internal, refs, anonymousFor: record.internal.anonymousFor.filter((id) => id !== containerId) } });
  }
  return { slice: { ...slice, volumes }, events };
}
