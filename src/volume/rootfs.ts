/**
 * @module
 * A container's root filesystem with its mounts laid over it: the image's tree below (when the
 * image store provides it), a writable layer, and the volumes, bind mounts and tmpfs mounts of
 * the container's `Mounts` above — what the container runtime's `rootfs` hook returns. Until the
 * image layer wires its own (state-backed writable layers), writable layers live here, in memory,
 * one per container.
 */
import type { ContainerRootfs } from '../container/hooks.js';
import type { ContainerRecord } from '../container/record.js';
import { directoryNode, type DirectoryNode } from '../fs/node.js';
import { newUpper } from '../fs/overlay.js';
import { OverlayFs } from '../fs/overlay-fs.js';
import { memorySource, type TreeSource } from '../fs/tree-source.js';
import { emptyTree, getNode, putNode } from '../fs/tree.js';
import type { ProcessFs } from '../programs/types.js';
import type { VolumeService } from './service.js';

/** Where the image tree and the writable layer come from. */
export interface RootfsLayers {
  /** The image's flattened tree (empty when unknown). */
  readonly lower?: (record: ContainerRecord) => DirectoryNode | undefined;
  /** The container's writable layer; default one in-memory layer per container. */
  readonly upper?: (record: ContainerRecord, lower: DirectoryNode) => TreeSource;
}

/** The tree with a directory at every mount target that does not exist yet (Docker creates mountpoints). */
function withMountpoints(lower: DirectoryNode, record: ContainerRecord): DirectoryNode {
  let tree = lower;
  for (const m of record.Mounts) if (getNode(tree, m.Destination) === undefined) tree = putNode(tree, m.Destination, directoryNode());
  return tree;
}

/** A `rootfs` hook whose filesystems carry the container's mounts. */
export function mountedRootfs(volumes: VolumeService, now: () => number, layers: RootfsLayers = {}): ContainerRootfs & { forget(id: string): void } {
  const uppers = new Map<string, TreeSource>();
  return {
    open(record: ContainerRecord): ProcessFs {
      const lower = withMountpoints(layers.lower?.(record) ?? emptyTree(), record);
      let upper = layers.upper?.(record, lower) ?? uppers.get(record.Id);
      if (!upper) {
        upper = memorySource(newUpper(lower));
        uppers.set(record.Id, upper);
      }
      return new OverlayFs({ lower, upper, mounts: volumes.mounts(record), now, readOnly: record.HostConfig.ReadonlyRootfs });
    },
    forget(id: string) {
      uppers.delete(id);
    },
  };
}
