/**
 * @module
 * The union of a layer stack, as overlayfs presents an image's layers: each layer is a diff
 * (directories merge with the ones below unless opaque; whiteouts delete), applied bottom to top.
 * Flattening shares every untouched subtree with the layers, and results are cached per stack
 * (trees are immutable, so a stack's union never changes), so N containers of one image share
 * one lower tree. Also the inverse: the diff between two trees, with whiteouts.
 */
import { Table } from '../core/table.js';
import { isDirectory, whiteoutNode, type DirectoryNode, type FsNode, type TreeNode } from './node.js';

/** Removes whiteouts and opaque marks from a layer subtree (it lands where nothing is below). */
function strip(dir: DirectoryNode): DirectoryNode {
  let entries = dir.entries;
  for (const [name, node] of dir.entries) {
    if (node.kind === 'whiteout') entries = entries.delete(name);
    else if (isDirectory(node)) {
      const clean = strip(node);
      if (clean !== node) entries = entries.set(name, clean);
    }
  }
  if (entries === dir.entries && !dir.opaque) return dir;
  const { opaque: _opaque, ...rest } = dir;
  return Object.freeze({ ...rest, entries });
}

/**
 * The directory seen when `upper` (a layer's directory, possibly opaque, possibly holding
 * whiteouts) lies over `lower` (a visible directory, or nothing). Untouched entries are shared.
 */
export function mergeDirectory(lower: DirectoryNode | undefined, upper: DirectoryNode): DirectoryNode {
  if (!lower || upper.opaque) return strip(upper);
  let entries = lower.entries;
  for (const [name, node] of upper.entries) {
    if (node.kind === 'whiteout') entries = entries.delete(name);
    else if (isDirectory(node)) {
      const below = lower.entries.get(name);
      entries = entries.set(name, mergeDirectory(isDirectory(below) ? below : undefined, node));
    } else entries = entries.set(name, node);
  }
  const { opaque: _opaque, ...rest } = upper;
  return Object.freeze({ ...rest, entries });
}

/**
 * The tree seen through `diff` laid over `base`. The root keeps `base`'s metadata: layer tars
 * carry no entry for the root itself.
 */
export function applyLayer(base: DirectoryNode, diff: DirectoryNode): DirectoryNode {
  const merged = mergeDirectory(base, { ...diff, opaque: false });
  return Object.freeze({ ...merged, mode: base.mode, uid: base.uid, gid: base.gid, mtime: base.mtime });
}

interface CacheEntry {
  readonly tree: DirectoryNode;
  readonly next: WeakMap<DirectoryNode, CacheEntry>;
}
const stacks = new WeakMap<DirectoryNode, CacheEntry>();

/**
 * The union of `layers` (bottom first) as one plain tree without whiteouts. Cached per stack
 * prefix, so images sharing base layers share the work and the result.
 */
export function flattenLayers(layers: readonly DirectoryNode[]): DirectoryNode {
  if (layers.length === 0) return Object.freeze({ kind: 'directory', entries: Table.empty<TreeNode>(), mode: 0o755, uid: 0, gid: 0, mtime: 0 });
  let entry = stacks.get(layers[0]!);
  if (!entry) {
    entry = { tree: strip(layers[0]!), next: new WeakMap() };
    stacks.set(layers[0]!, entry);
  }
  for (let i = 1; i < layers.length; i++) {
    const layer = layers[i]!;
    let next: CacheEntry | undefined = entry.next.get(layer);
    if (!next) {
      next = { tree: applyLayer(entry.tree, layer), next: new WeakMap() };
      entry.next.set(layer, next);
    }
    entry = next;
  }
  return entry.tree;
}

/** True when two visible nodes are equal in content and metadata (directories: recursively). */
export function sameNode(a: FsNode, b: FsNode): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid || a.mtime !== b.mtime) return false;
  if (a.kind === 'file' && b.kind === 'file') {
    if (a.data.length !== b.data.length) return false;
    for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
    return true;
  }
  if (a.kind === 'symlink' && b.kind === 'symlink') return a.target === b.target;
  if (a.kind === 'directory' && b.kind === 'directory') {
    if (a.entries.size !== b.entries.size) return false;
    for (const [name, node] of a.entries) {
      const other = b.entries.get(name);
      if (!other || other.kind === 'whiteout' || node.kind === 'whiteout' || !sameNode(node, other)) return false;
    }
    return true;
  }
  return false;
}

function diffDir(lower: DirectoryNode, upper: DirectoryNode): DirectoryNode | undefined {
  let entries = Table.empty<TreeNode>();
  for (const [name, node] of lower.entries) if (node.kind !== 'whiteout' && !upper.entries.has(name)) entries = entries.set(name, whiteoutNode());
  for (const [name, node] of upper.entries) {
    if (node.kind === 'whiteout') continue;
    const below = lower.entries.get(name);
    if (!below || below.kind === 'whiteout') entries = entries.set(name, node);
    else if (isDirectory(node) && isDirectory(below)) {
      const d = diffDir(below, node);
      if (d) entries = entries.set(name, d);
    } else if (!sameNode(node, below)) entries = entries.set(name, node);
  }
  const metaChanged = lower.mode !== upper.mode || lower.uid !== upper.uid || lower.gid !== upper.gid || lower.mtime !== upper.mtime;
  if (entries.size === 0 && !metaChanged) return undefined;
  const { opaque: _opaque, ...rest } = upper;
  return Object.freeze({ ...rest, entries });
}

/**
 * The layer that turns `lower` into `upper` (both plain trees): new and changed nodes, whiteouts
 * for removed ones, directories only where something inside (or their metadata) changed.
 * `applyLayer(lower, diffTrees(lower, upper))` equals `upper`.
 */
export function diffTrees(lower: DirectoryNode, upper: DirectoryNode): DirectoryNode {
  return diffDir(lower, upper) ?? Object.freeze({ ...upper, entries: Table.empty<TreeNode>() });
}
