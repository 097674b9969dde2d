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
import { directoryNode, fileNode, isDirectory, type DirectoryNode } from '../fs/node.js';
import { newUpper } from '../fs/overlay.js';
import { OverlayFs } from '../fs/overlay-fs.js';
import { memorySource, type Mount, type TreeSource } from '../fs/tree-source.js';
import { emptyTree, getNode, putNode } from '../fs/tree.js';
import type { ProcessFs } from '../programs/types.js';
import type { VolumeService } from './service.js';

/** Where the image tree and the writable layer come from, and extra mounts (network files). */
export interface RootfsLayers {
  /** Mounts to add below the container's own (`/etc/hosts`, `/etc/resolv.conf`, `/etc/hostname`). */
  readonly extraMounts?: (record: ContainerRecord) => readonly Mount[];
  /** The image's flattened tree (empty when unknown). */
  readonly lower?: (record: ContainerRecord) => DirectoryNode | undefined;
  /** The container's writable layer; default one in-memory layer per container. */
  readonly upper?: (record: ContainerRecord, lower: DirectoryNode) => TreeSource;
}

/** The tree with a mountpoint (directory, or file for a file mount) at every mount target not there yet. */
function withMountpoints(lower: DirectoryNode, mounts: readonly Mount[]): DirectoryNode {
  let tree = lower;
  for (const m of mounts) {
    if (getNode(tree, m.target) !== undefined) continue;
    tree = putNode(tree, m.target, isDirectory(m.source.read()) ? directoryNode() : fileNode(''));
  }
  return tree;
}

/** A `rootfs` hook whose filesystems carry the container's mounts. */
export function mountedRootfs(volumes: VolumeService, now: () => number, layers: RootfsLayers = {}): ContainerRootfs & { forget(id: string): void } {
  const uppers = new Map<string, TreeSource>();
  return {
    open(record: ContainerRecord): ProcessFs {
      const mounts = [...(layers.extraMounts?.(record) ?? []), ...volumes.mounts(record)];
      const lower = withMountpoints(layers.lower?.(record) ?? emptyTree(), mounts);
      let upper = layers.upper?.(record, lower) ?? uppers.get(record.Id);
      if (!upper) {
        upper = memorySource(newUpper(lower));
        uppers.set(record.Id, upper);
      }
      return new OverlayFs({ lower, upper, mounts, now, readOnly: record.HostConfig.ReadonlyRootfs });
    },
    forget(id: string) {
      uppers.delete(id);
    },
  };
}
