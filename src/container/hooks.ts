/**
 * @module
 * What the container layer asks of the layers it does not own: the image store (resolve an image
 * reference for create, the ancestors for `ps --filter ancestor`, new images for `docker commit`)
 * and networking (attach endpoints on start, detach on stop; the process's {@link ProcessNet}).
 * The daemon wires the real services in; {@link NONE_NETWORKING} is Docker's `--network none`.
 */
import type { Draft } from 'immer';
import type { DockerError } from '../core/errors.js';
import type { EventSpec } from '../core/events.js';
import type { HostState } from '../daemon/state.js';
import type { DirectoryNode } from '../fs/node.js';
import { NetError, type ProcessNet } from '../programs/types.js';
import type { ContainerConfig } from './config.js';
import type { HostConfig } from './host-config.js';
import type { ResolvedImage } from './create.js';
import type { ContainerNetworkSettings, ContainerRecord, MountPoint } from './record.js';
import type { CommitImageInput } from './commit.js';

/** The image store, as containers need it. */
export interface ContainerImages {
  /** The image `ref` names (`No such image: …` 404 when none). */
  resolve(ref: string): ResolvedImage | DockerError;
  /** Image ids of `imageId` and every image built on it (for `--filter ancestor`). */
  descendants?(imageId: string): ReadonlySet<string>;
  /** The diff trees of layers by ChainID, bottom first (a container's read-only layers). */
  layerTrees?(chain: readonly string[]): readonly DirectoryNode[];
  /** `docker commit`: stores a new image (one commit, `tag` events) and returns its id. */
  commit?(input: CommitImageInput): string;
}

/** A change another layer makes in the same commit as a lifecycle transition (networks, volumes). */
export interface LifecyclePlan {
  readonly events: readonly EventSpec[];
  /** Writes the change into the draft (after the container record is written). */
  apply(host: Draft<HostState>): void;
}

/** What the network layer makes of a create request. */
export interface NetworkConfiguration {
  readonly networkSettings: ContainerNetworkSettings;
  readonly warnings: readonly string[];
}

/** The network layer's part in a container's life. */
export interface ContainerNetworking {
  /** Called when the container's process starts: its network stack. */
  attach(record: ContainerRecord): ProcessNet;
  /** Called when the process has ended (runtime cleanup: listeners close). */
  detach(record: ContainerRecord): void;
  /** At create: validates the networking config (throws Docker's error) and gives the first `NetworkSettings`. */
  configure?(config: ContainerConfig, hostConfig: HostConfig, endpoints: { readonly [network: string]: { readonly [field: string]: unknown } | null } | null | undefined): NetworkConfiguration;
  /** Plans joining the networks as the process starts (committed with the start; throws Docker's error). */
  join?(record: ContainerRecord): LifecyclePlan;
  /** Plans leaving them as the process ends (committed with the exit). */
  leave?(record: ContainerRecord): LifecyclePlan;
  /** Plans renaming a container's endpoints and DNS names (committed with the rename; `record` has the new name). */
  rename?(record: ContainerRecord): LifecyclePlan;
}

/** The volume layer's part in a container's life. */
export interface ContainerVolumes {
  /** At create: the container's mounts (volumes created, references taken); throws Docker's error. */
  register(id: string, config: ContainerConfig, hostConfig: HostConfig, imageId: string): { readonly mounts: readonly MountPoint[]; readonly plan: LifecyclePlan };
  /** As the process starts: volume `mount` events. */
  mount?(record: ContainerRecord): LifecyclePlan;
  /**
   * The writable layer with a directory (or, for a bound file, a file) at every mount target the
   * container's tree lacks, as runc makes them before exec; undefined when none is missing.
   */
  mountpoints?(record: ContainerRecord): DirectoryNode | undefined;
  /** As the process ends: volume `unmount` events. */
  unmount?(record: ContainerRecord): LifecyclePlan;
  /** As the container is removed: references released, anonymous volumes removed when `removeVolumes`. */
  release(record: ContainerRecord, removeVolumes: boolean): LifecyclePlan;
}

/** A network stack with nothing but loopback and no peers: Docker's `none` network. */
export function noneNet(): ProcessNet {
  return {
    listen: () => {
      throw new NetError('EINVAL', 'listening needs the network layer');
    },
    connect: async (host) => {
      throw new NetError('ENETUNREACH', `connect ${host}: network is unreachable`);
    },
    resolve: async (name) => {
      if (name === 'localhost') return ['127.0.0.1'];
      throw new NetError('ENOTFOUND', `getaddrinfo ENOTFOUND ${name}`);
    },
    nameserver: '127.0.0.11',
    interfaces: () => [{ name: 'lo', address: '127.0.0.1', prefixLength: 8 }],
  };
}

/** `--network none`: containers get loopback only. */
export const NONE_NETWORKING: ContainerNetworking = {
  attach: () => noneNet(),
  detach: () => undefined,
};
