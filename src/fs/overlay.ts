/**
 * @module
 * The overlay algebra behind a container's root filesystem (overlay2): a read-only `lower` tree
 * (the image's flattened layers) and a writable `upper` diff (the container layer). Lookups see
 * the upper first; whiteouts hide lower paths; opaque directories hide everything below them.
 * Writes copy up: the directories on the path are created in the upper with the lower's
 * metadata; deleting a lower path leaves a whiteout; a directory created where a lower one was
 * deleted is opaque. Pure functions: each write returns the next upper tree.
 */
import { FsError } from '../programs/types.js';
import { directoryNode, isDirectory, metaOf, whiteoutNode, type DirectoryNode, type FsNode, type TreeNode } from './node.js';
import { joinPath } from './path.js';
import { mergeDirectory } from './union.js';

/** A lower tree and the upper diff laid over it. */
export interface Overlay {
  readonly lower: DirectoryNode;
  readonly upper: DirectoryNode;
}

/** What lies at a path of an overlay: the visible node and the layers' nodes behind it. */
export interface Located {
  /** The node a process sees (for a directory: the top one's metadata). */
  readonly node: FsNode;
  /** The upper's node at the path, if any. */
  readonly upper: FsNode | undefined;
  /** The lower's node still visible at the path (not hidden by the upper), if any. */
  readonly lower: FsNode | undefined;
}

/** An empty writable layer for `lower`: a root directory carrying the lower root's metadata. */
export function newUpper(lower: DirectoryNode): DirectoryNode {
  return directoryNode(metaOf(lower));
}

function step(u: FsNode | undefined, l: FsNode | undefined, name: string): { u: TreeNode | undefined; l: FsNode | undefined } {
  const uDir = isDirectory(u) ? u : undefined;
  const lowerOpen = u === undefined || (uDir !== undefined && !uDir.opaque);
  const lDir = lowerOpen && isDirectory(l) ? l : undefined;
  const uc = uDir?.entries.get(name);
  let lc = lDir?.entries.get(name) as FsNode | undefined;
  if (uc !== undefined && (uc.kind !== 'directory' || !isDirectory(lc))) lc = undefined;
  return { u: uc, l: lc };
}

/** The node at `path` (components, lexical), or undefined when absent or whited out. */
export function locate(o: Overlay, path: readonly string[]): Located | undefined {
  let u: FsNode | undefined = o.upper;
  let l: FsNode | undefined = o.lower;
  for (const name of path) {
    if (!isDirectory(u) && !isDirectory(l)) return undefined;
    const next = step(u, l, name);
    if (next.u?.kind === 'whiteout') return undefined;
    u = next.u;
    l = next.l;
    if (u === undefined && l === undefined) return undefined;
  }
  const node = u ?? l;
  return node ? { node, upper: u, lower: l } : undefined;
}

/** True when the lower has a node at `path` that the upper's ancestors do not hide (the upper's own node at `path` is ignored). */
export function lowerVisible(o: Overlay, path: readonly string[]): boolean {
  let u: FsNode | undefined = o.upper;
  let l: FsNode | undefined = o.lower;
  for (let i = 0; i < path.length; i++) {
    const next = step(u, l, path[i]!);
    if (i === path.length - 1) {
      const uDir = isDirectory(u) ? u : undefined;
      const lowerOpen = u === undefined || (uDir !== undefined && !uDir.opaque);
      return lowerOpen && isDirectory(l) && l.entries.has(path[i]!);
    }
    if (next.u?.kind === 'whiteout') return false;
    if (next.u !== undefined && next.u.kind !== 'directory') return false;
    u = next.u;
    l = next.l;
    if (u === undefined && l === undefined) return false;
  }
  return path.length === 0;
}

/** The names in the directory at `path`, merged across the layers, sorted. */
export function listNames(o: Overlay, path: readonly string[]): string[] {
  const at = locate(o, path);
  if (!at || at.node.kind !== 'directory') return [];
  const names = new Set<string>();
  const hidden = new Set<string>();
  if (isDirectory(at.upper)) {
    for (const [name, node] of at.upper.entries) (node.kind === 'whiteout' ? hidden : names).add(name);
  }
  const lowerOpen = at.upper === undefined || (isDirectory(at.upper) && !at.upper.opaque);
  if (lowerOpen && isDirectory(at.lower)) for (const name of at.lower.entries.keys()) if (!hidden.has(name)) names.add(name);
  return [...names].sort();
}

/** The merged subtree at `path` as a plain tree (no whiteouts), or undefined. */
export function mergedAt(o: Overlay, path: readonly string[]): FsNode | undefined {
  const at = locate(o, path);
  if (!at) return undefined;
  if (isDirectory(at.upper)) return mergeDirectory(isDirectory(at.lower) ? at.lower : undefined, at.upper);
  return at.node;
}

/** Options of {@link overlayPut}. */
export interface OverlayPutOptions {
  /** Set the parent directory's mtime (an entry was created or removed in it). */
  readonly touch?: number;
}

/**
 * The next upper with `node` (a visible node or a whiteout) at `path`, copying up the parent
 * directories from the lower. Throws ENOENT/ENOTDIR when a parent is not a visible directory.
 */
export function overlayPut(o: Overlay, path: readonly string[], node: TreeNode, options: OverlayPutOptions = {}): DirectoryNode {
  if (path.length === 0) {
    if (!isDirectory(node)) throw new FsError('EISDIR', 'open', '/');
    return node;
  }
  const rec = (u: DirectoryNode, l: FsNode | undefined, depth: number): DirectoryNode => {
    const name = path[depth]!;
    const last = depth === path.length - 1;
    let child: TreeNode;
    if (last) child = node;
    else {
      const next = step(u, l, name);
      let dir: DirectoryNode;
      if (isDirectory(next.u)) dir = next.u;
      else if (next.u === undefined && isDirectory(next.l)) dir = directoryNode(metaOf(next.l));
      else throw new FsError(next.u === undefined && next.l === undefined ? 'ENOENT' : 'ENOTDIR', 'open', joinPath(path.slice(0, depth + 1)));
      child = rec(dir, next.l, depth + 1);
    }
    const touched = last && options.touch !== undefined ? { mtime: options.touch } : {};
    return Object.freeze({ ...u, ...touched, entries: u.entries.set(name, child) });
  };
  return rec(o.upper, o.lower, 0);
}

/** The next upper without the node at `path`: a whiteout when the lower has one there, else just dropped. */
export function overlayRemove(o: Overlay, path: readonly string[], options: OverlayPutOptions = {}): DirectoryNode {
  if (lowerVisible(o, path)) return overlayPut(o, path, whiteoutNode(), options);
  const rec = (u: DirectoryNode, depth: number): DirectoryNode => {
    const name = path[depth]!;
    if (depth === path.length - 1) {
      return Object.freeze({ ...u, ...(options.touch !== undefined ? { mtime: options.touch } : {}), entries: u.entries.delete(name) });
    }
    const child = u.entries.get(name);
    if (!isDirectory(child)) return u;
    return Object.freeze({ ...u, entries: u.entries.set(name, rec(child, depth + 1)) });
  };
  // The parent may only exist in the lower: copy it up first so its mtime can change.
  const withParent = path.length > 1 && options.touch !== undefined ? ensureDirs(o, path.slice(0, -1)) : o.upper;
  return rec(withParent, 0);
}

/** The upper with every directory of `path` present (copied up from the lower where needed). */
function ensureDirs(o: Overlay, path: readonly string[]): DirectoryNode {
  const at = locate(o, path);
  if (isDirectory(at?.upper)) return o.upper;
  const lower = at?.lower;
  if (!isDirectory(lower)) return o.upper;
  return overlayPut(o, path, directoryNode(metaOf(lower)));
}
