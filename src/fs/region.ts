/**
 * @module
 * The parts of a container's filesystem namespace: the overlay (image layers + writable layer)
 * and each mount (volume, bind, tmpfs). A region reads its source's current tree and turns each
 * change into the source's next tree, written back in one call — the hook through which the
 * container runtime and the volume store commit changes.
 */
import { FsError } from '../programs/types.js';
import { directoryNode, isDirectory, metaOf, withMeta, type DirectoryNode, type FsNode, type NodeMeta } from './node.js';
import { locate, listNames, lowerVisible, mergedAt, overlayPut, overlayRemove, type Overlay } from './overlay.js';
import { joinPath } from './path.js';
import type { TreeSource } from './tree-source.js';
import { getNode, putNode, removeNode } from './tree.js';

/** One part of the namespace, addressed by paths relative to its base. */
export interface Region {
  /** Where the region starts in the namespace (components; empty for the overlay). */
  readonly base: readonly string[];
  /** The source behind it. */
  readonly source: TreeSource;
  /** Writes fail with EROFS. */
  readonly readOnly: boolean;
  get(rel: readonly string[]): FsNode | undefined;
  names(rel: readonly string[]): string[];
  /** The merged subtree at `rel` (plain tree). */
  merged(rel: readonly string[]): FsNode | undefined;
  /** True when a directory created at `rel` must hide what lies below (overlay: opaque). */
  hidesBelow(rel: readonly string[]): boolean;
  put(rel: readonly string[], node: FsNode, touch: number | undefined): void;
  remove(rel: readonly string[], touch: number | undefined): void;
  move(from: readonly string[], to: readonly string[], touch: number): void;
  setMeta(rel: readonly string[], changes: Partial<NodeMeta>): void;
}

function store(source: TreeSource, tree: FsNode, rel: readonly string[]): void {
  if (!source.write) throw new FsError('EROFS', 'open', joinPath(rel));
  source.write(tree, joinPath(rel));
}

/** The overlay region: `lower` is fixed, the upper lives in `upper`. */
export function overlayRegion(lower: DirectoryNode, upper: TreeSource, readOnly: boolean): Region {
  const overlay = (): Overlay => {
    const u = upper.read();
    if (!isDirectory(u)) throw new TypeError('the writable layer must be a directory');
    return { lower, upper: u };
  };
  return {
    base: [],
    source: upper,
    readOnly,
    get: (rel) => locate(overlay(), rel)?.node,
    names: (rel) => listNames(overlay(), rel),
    merged: (rel) => mergedAt(overlay(), rel),
    hidesBelow: (rel) => lowerVisible(overlay(), rel),
    put: (rel, node, touch) => store(upper, overlayPut(overlay(), rel, node, { touch }), rel),
    remove: (rel, touch) => store(upper, overlayRemove(overlay(), rel, { touch }), rel),
    move(from, to, touch) {
      const o = overlay();
      let node = mergedAt(o, from);
      if (!node) throw new FsError('ENOENT', 'rename', joinPath(from));
      const without: Overlay = { lower, upper: overlayRemove(o, from, { touch }) };
      if (isDirectory(node)) node = Object.freeze({ ...node, opaque: lowerVisible(without, to) || undefined });
      store(upper, overlayPut(without, to, node, { touch }), to);
    },
    setMeta(rel, changes) {
      const o = overlay();
      const at = locate(o, rel);
      if (!at) throw new FsError('ENOENT', 'chmod', joinPath(rel));
      if (rel.length === 0) return store(upper, Object.freeze({ ...o.upper, ...changes }), rel);
      let node: FsNode;
      if (isDirectory(at.node)) {
        node = isDirectory(at.upper) ? withMeta(at.upper, changes) : directoryNode({ ...metaOf(at.node), ...changes });
      } else node = withMeta(at.node, changes);
      store(upper, overlayPut(o, rel, node), rel);
    },
  };
}

/** A mount's region: the source's tree (a directory, or a single file) seen at `base`. */
export function mountRegion(base: readonly string[], source: TreeSource, readOnly: boolean): Region {
  const root = () => source.read();
  const get = (rel: readonly string[]): FsNode | undefined => {
    const r = root();
    if (rel.length === 0) return r;
    const node = isDirectory(r) ? getNode(r, rel) : undefined;
    return node?.kind === 'whiteout' ? undefined : node;
  };
  const dirRoot = (rel: readonly string[]): DirectoryNode => {
    const r = root();
    if (!isDirectory(r)) throw new FsError('ENOTDIR', 'open', joinPath([...base, ...rel]));
    return r;
  };
  const at = (tree: FsNode, rel: readonly string[]) => ({ tree, rel });
  const write = ({ tree, rel }: { tree: FsNode; rel: readonly string[] }) => store(source, tree, rel);
  return {
    base,
    source,
    readOnly,
    get,
    names(rel) {
      const node = get(rel);
      return isDirectory(node) ? [...node.entries.keys()].sort() : [];
    },
    merged: get,
    hidesBelow: () => false,
    put: (rel, node, touch) => write(at(rel.length === 0 ? node : putNode(dirRoot(rel), rel, node, { touch }), rel)),
    remove: (rel, touch) => write(at(removeNode(dirRoot(rel), rel, { touch }), rel)),
    move(from, to, touch) {
      const node = get(from);
      if (!node) throw new FsError('ENOENT', 'rename', joinPath([...base, ...from]));
      const without = removeNode(dirRoot(from), from, { touch });
      write(at(putNode(without, to, node, { touch }), to));
    },
    setMeta(rel, changes) {
      const node = get(rel);
      if (!node) throw new FsError('ENOENT', 'chmod', joinPath([...base, ...rel]));
      const next = withMeta(node, changes);
      write(at(rel.length === 0 ? next : putNode(dirRoot(rel), rel, next), rel));
    },
  };
}
