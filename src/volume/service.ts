/**
 * @module
 * The volume service of one daemon: the `/volumes` verbs of the Engine API (create, inspect,
 * list, delete, prune), each one commit with Docker's events; the container runtime's volume hook
 * (mounts registered at create, `mount`/`unmount` events, references released and anonymous
 * volumes removed with the container); the mount table containers' filesystems use; and the
 * host's own filesystem as a {@link ProcessFs} (`host.fs`), the source of bind mounts.
 */
import { castDraft } from 'immer';
import type { EventSpec } from '../core/events.js';
import { DockerError } from '../core/errors.js';
import { invalidArgument } from '../core/messages/system.js';
import { invalidMountMode } from '../core/messages/volume.js';
import { getContainer } from '../container/lookup.js';
import { validMountMode } from './mounts/spec.js';
import type { FilterArgs } from '../network/filter-args.js';
import type { HostContext } from '../daemon/context.js';
import type { ContainerConfig } from '../container/config.js';
import type { ContainerVolumes, LifecyclePlan } from '../container/hooks.js';
import type { HostConfig } from '../container/host-config.js';
import type { ContainerRecord, MountPoint } from '../container/record.js';
import { directoryNode, fileNode, type DirectoryNode } from '../fs/node.js';
import { locate, newUpper, overlayPut } from '../fs/overlay.js';
import { splitPath } from '../fs/path.js';
import { OverlayFs } from '../fs/overlay-fs.js';
import type { Mount } from '../fs/tree-source.js';
import { emptyTree, getNode } from '../fs/tree.js';
import type { ProcessFs } from '../programs/types.js';
import { checkVolumeCreateRequest, createVolume, type VolumeCreateRequest } from './create.js';
import { listVolumes, type VolumeListResponse } from './list.js';
import { registerMounts, releaseMounts } from './mounts/register.js';
import { pruneVolumes, type VolumePruneResponse } from './prune.js';
import { volumeWire, type Volume } from './record.js';
import { getVolume, removeVolume } from './remove.js';
import { MountSources } from './sources.js';
import type { VolumeSlice } from './state.js';

/** Every volume verb of one daemon, and its part in containers' lives. */
export class VolumeService implements ContainerVolumes {
  /** The tree sources of volumes and of the host's filesystem. */
  readonly sources: MountSources;
  /**
   * The image's flattened filesystem, when the image store knows it: the content copied into
   * empty volumes at create (Docker's copy-up). Wired by the daemon.
   */
  imageRoot: ((imageId: string) => DirectoryNode | undefined) | undefined;
  /**
   * The image tree under a container (wired by the daemon): mountpoints missing from it are
   * created in the container's writable layer when it starts, as Docker creates them.
   */
  lowerOf: ((record: ContainerRecord) => DirectoryNode) | undefined;
  readonly #ctx: HostContext;
  #hostFs: OverlayFs | undefined;

  constructor(ctx: HostContext) {
    this.#ctx = ctx;
    this.sources = new MountSources(ctx);
  }

  #slice(): VolumeSlice {
    const { volumes, hostFs } = this.#ctx.state;
    return { volumes, hostFs };
  }

  #write(slice: VolumeSlice, events: readonly EventSpec[]): void {
    this.#ctx.commit((host) => {
      host.volumes = castDraft(slice.volumes);
      host.hostFs = castDraft(slice.hostFs);
    }, events);
  }

  #createContext() {
    return { newName: () => this.#ctx.newId(), nowMs: this.#ctx.now(), seq: this.#ctx.state.seq + 1 };
  }

  /** `POST /volumes/create`. */
  create(request: VolumeCreateRequest = {}): Volume {
    const made = createVolume(this.#slice(), checkVolumeCreateRequest(request), this.#createContext());
    if (made.created) {
      this.#ctx.commit(
        (host) => {
          host.seq += 1;
          host.volumes = castDraft(made.slice.volumes);
        },
        [{ Type: 'volume', Action: 'create', id: made.record.Name, attributes: { driver: made.record.Driver } }],
      );
    }
    return volumeWire(made.record);
  }

  /** `GET /volumes/{name}`. */
  inspect(name: string): Volume {
    return volumeWire(getVolume(this.#ctx.state, checkName(name)));
  }

  /** `GET /volumes`. */
  list(filters: FilterArgs = {}): VolumeListResponse {
    return listVolumes(this.#slice(), filters);
  }

  /** `DELETE /volumes/{name}` (`force`: a missing volume is not an error). */
  remove(name: string, force = false): void {
    const { slice, removed } = removeVolume(this.#slice(), checkName(name), force);
    if (removed) this.#write(slice, [{ Type: 'volume', Action: 'destroy', id: removed.Name, attributes: { driver: removed.Driver } }]);
  }

  /** `POST /volumes/prune`. */
  prune(filters: FilterArgs = {}): VolumePruneResponse {
    const { slice, removed, reclaimed } = pruneVolumes(this.#slice(), filters);
    this.#write(slice, [
      ...removed.map((v) => ({ Type: 'volume' as const, Action: 'destroy', id: v.Name, attributes: { driver: v.Driver } })),
      { Type: 'volume', Action: 'prune', id: '', attributes: { reclaimed: String(reclaimed) } },
    ]);
    return { VolumesDeleted: removed.map((v) => v.Name), SpaceReclaimed: reclaimed };
  }

  /** The files of a volume (a frozen tree). */
  data(name: string): DirectoryNode {
    return getVolume(this.#ctx.state, name).internal.data;
  }

  /** The host machine's filesystem: what bind mounts show, readable and writable like a container's. */
  get hostFs(): ProcessFs {
    this.#hostFs ??= new OverlayFs({ lower: emptyTree(), upper: this.sources.hostPath('/'), now: () => this.#ctx.now() });
    return this.#hostFs;
  }

  /** The fs mount table of a container (volumes, binds, tmpfs), for its root filesystem. */
  mounts(record: ContainerRecord): Mount[] {
    return this.sources.mountTable(record.Mounts);
  }

  // ---- the container runtime's hook

  /** At create: validates and registers the container's mounts. */
  register(id: string, config: ContainerConfig, hostConfig: HostConfig, imageId: string): { readonly mounts: readonly MountPoint[]; readonly plan: LifecyclePlan } {
    const imageRoot = imageId ? this.imageRoot?.(imageId) : undefined;
    const registered = registerMounts(
      this.#slice(),
      id,
      { binds: hostConfig.Binds, mounts: hostConfig.Mounts, volumesFrom: this.#volumesFrom(hostConfig.VolumesFrom), imageVolumes: config.Volumes },
      { ...this.#createContext(), ...(imageRoot ? { imageRoot } : {}) },
    );
    return {
      mounts: registered.mountPoints,
      plan: {
        events: registered.events,
        apply: (host) => {
          host.volumes = castDraft(registered.slice.volumes);
          host.hostFs = castDraft(registered.slice.hostFs);
        },
      },
    };
  }

  /** `--volumes-from` entries with their containers' mounts (moby `ParseVolumesFrom` and lookup; 400 on errors). */
  #volumesFrom(specs: readonly string[] | null | undefined): { mounts: readonly MountPoint[]; mode: string }[] {
    return (specs ?? []).map((spec) => {
      if (spec === '') throw invalidArgument('volumes-from specification cannot be an empty string');
      const colon = spec.indexOf(':');
      const ref = colon < 0 ? spec : spec.slice(0, colon);
      const mode = colon < 0 ? 'rw' : spec.slice(colon + 1);
      if (!['rw', 'ro'].includes(mode) && !validMountMode(mode)) throw invalidMountMode(mode);
      try {
        return { mounts: getContainer(this.#ctx.state, ref).Mounts, mode };
      } catch (err) {
        if (err instanceof DockerError) throw new DockerError('InvalidParameter', err.message);
        throw err;
      }
    });
  }

  /** As the process starts: missing mountpoints created, a `mount` event per volume. */
  mount(record: ContainerRecord): LifecyclePlan {
    const events: EventSpec[] = record.Mounts.filter((m) => m.Type === 'volume' && m.Name).map((m) => ({
      Type: 'volume',
      Action: 'mount',
      id: m.Name!,
      attributes: { container: record.Id, destination: m.Destination, driver: m.Driver ?? 'local', propagation: m.Propagation, 'read/write': String(m.RW) },
    }));
    const upper = this.mountpoints(record);
    return { events, apply: (host) => void (upper && (host.containerLayers = castDraft(host.containerLayers.set(record.Id, upper)))) };
  }

  /** The writable layer with a directory (a file for a bound file) at every mount target the container's tree lacks (undefined: none missing). */
  mountpoints(record: ContainerRecord): DirectoryNode | undefined {
    if (!this.lowerOf || record.Mounts.length === 0) return undefined;
    const lower = this.lowerOf(record);
    let upper: DirectoryNode = this.#ctx.state.containerLayers.get(record.Id) ?? newUpper(lower);
    const start = upper;
    for (const m of record.Mounts) {
      const parts = splitPath(m.Destination);
      if (parts.length === 0) continue;
      // A bind mount of a single file gets a file as its mountpoint, anything else a directory.
      const fileMount = m.Type === 'bind' && getNode(this.#ctx.state.hostFs, m.Source)?.kind === 'file';
      for (let depth = 1; depth <= parts.length; depth++) {
        const prefix = parts.slice(0, depth);
        if (locate({ lower, upper }, prefix) !== undefined) continue;
        const node = fileMount && depth === parts.length ? fileNode('', { mtime: this.#ctx.now() }) : directoryNode({ mtime: this.#ctx.now() });
        upper = overlayPut({ lower, upper }, prefix, node);
      }
    }
    return upper === start ? undefined : upper;
  }

  /** As the process ends: an `unmount` event per volume. */
  unmount(record: ContainerRecord): LifecyclePlan {
    const events: EventSpec[] = record.Mounts.filter((m) => m.Type === 'volume' && m.Name).map((m) => ({ Type: 'volume', Action: 'unmount', id: m.Name!, attributes: { container: record.Id, driver: m.Driver ?? 'local' } }));
    return { events, apply: () => {} };
  }

  /** As the container is removed: references dropped; anonymous volumes removed with `-v` / `--rm`. */
  release(record: ContainerRecord, removeVolumes: boolean): LifecyclePlan {
    const { slice, events } = releaseMounts(this.#slice(), record.Id, record.Mounts, removeVolumes);
    return { events, apply: (host) => void (host.volumes = castDraft(slice.volumes)) };
  }
}

/** A volume name as a path parameter: a string, or Docker's 400. */
function checkName(name: unknown): string {
  if (typeof name !== 'string') throw invalidArgument('volume name must be a string');
  return name;
}
