/**
 * @module
 * Where a filesystem view reads and writes its trees: the container's writable layer, a volume,
 * a bind-mounted host directory, a tmpfs. A source holds one immutable tree (its root may be a
 * single file, for a file bind mount); the view reads the current tree on every call and hands
 * every change back as a whole new tree, so the owner (the container runtime, the volume store)
 * decides how to keep it — typically one state commit per change.
 */
import type { FsNode } from './node.js';

/** A holder of one tree that a filesystem view reads from and writes to. */
export interface TreeSource {
  /** The current tree. */
  read(): FsNode;
  /** Stores the next tree after a change at `changed` (a path relative to the source root, `/`-prefixed). Absent: read-only. */
  write?(tree: FsNode, changed: string): void;
  /**
   * Reports every change (this view's writes included) with the changed path relative to the
   * source root. When a source has no `watch`, the view reports its own writes itself.
   */
  watch?(listener: (changed: string) => void): () => void;
}

/** A mount in a container's filesystem: a source tree shown at `target`. */
export interface Mount {
  /** Absolute path in the container. */
  readonly target: string;
  readonly source: TreeSource;
  /** Writes fail with EROFS (`:ro`, `readonly`). */
  readonly readOnly?: boolean;
}

/** A self-contained source: holds its tree in a variable and tells watchers about every write (tmpfs, tests). */
export function memorySource(initial: FsNode): TreeSource & { readonly tree: FsNode } {
  let tree = initial;
  const listeners = new Set<(changed: string) => void>();
  return {
    get tree() {
      return tree;
    },
    read: () => tree,
    write(next, changed) {
      tree = next;
      for (const listener of [...listeners]) listener(changed);
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
