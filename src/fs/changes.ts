/**
 * @module
 * `docker diff`: the changes a container's writable layer makes to its image, as Docker lists
 * them (moby `archive.Changes` over overlay2): one entry per path in the layer — `A` added, `C`
 * changed (including every directory the layer had to copy up to reach a change), `D` deleted —
 * in path order, parents before children.
 */
import { isDirectory, sortedEntries, type DirectoryNode } from './node.js';

/** The kinds of change, with the Engine API's numeric codes (`FilesystemChange.Kind`). */
export const CHANGE_KIND = { modified: 0, added: 1, deleted: 2 } as const;

/** One change, in the Engine API's `FilesystemChange` shape. */
export interface FilesystemChange {
  readonly Path: string;
  /** 0: modified (`C`), 1: added (`A`), 2: deleted (`D`). */
  readonly Kind: 0 | 1 | 2;
}

/** The letter `docker diff` prints for a kind. */
export function changeLetter(kind: FilesystemChange['Kind']): 'C' | 'A' | 'D' {
  return kind === 0 ? 'C' : kind === 1 ? 'A' : 'D';
}

/**
 * The changes of `layer` (a diff with whiteouts) over `lower` (the image's flattened tree).
 * A whiteout whose path does not exist below is not reported (nothing was deleted).
 */
export function layerChanges(lower: DirectoryNode, layer: DirectoryNode): FilesystemChange[] {
  const out: FilesystemChange[] = [];
  const walk = (below: DirectoryNode | undefined, dir: DirectoryNode, base: string) => {
    for (const [name, node] of sortedEntries(dir)) {
      const path = `${base}/${name}`;
      const existing = below?.entries.get(name);
      const existed = existing !== undefined && existing.kind !== 'whiteout';
      if (node.kind === 'whiteout') {
        if (existed) out.push({ Path: path, Kind: CHANGE_KIND.deleted });
        continue;
      }
      out.push({ Path: path, Kind: existed ? CHANGE_KIND.modified : CHANGE_KIND.added });
      if (isDirectory(node)) walk(!node.opaque && isDirectory(existing) ? existing : undefined, node, path);
    }
  };
  walk(lower, layer, '');
  return out;
}
