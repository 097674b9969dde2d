/**
 * @module
 * Pure operations on immutable file trees: look up, put and remove a node by path (copying only
 * the directories on the path, sharing the rest), walk in a deterministic order, build a tree
 * from a compact spec, and measure a tree as Docker's layer store does.
 *
 * Paths here are lexical (symlinks are not followed); the process view in `overlay-fs.ts` adds
 * symlink resolution, permissions, copy-up and mounts on top.
 */
import { FsError } from '../programs/types.js';
import {
  directoryNode,
  fileNode,
  isDirectory,
  sortedEntries,
  symlinkNode,
  type DirectoryNode,
  type NodeOptions,
  type TreeNode,
} from './node.js';
import { joinPath, splitPath } from './path.js';

/** A path as a string or as components. */
export type PathLike = string | readonly string[];

function parts(path: PathLike): readonly string[] {
  return typeof path === 'string' ? splitPath(path) : path;
}

/** An empty root directory. */
export function emptyTree(options: NodeOptions = {}): DirectoryNode {
  return directoryNode(options);
}

/** The node at `path` (lexical: symlinks are not followed), or undefined. The root for `/`. */
export function getNode(root: DirectoryNode, path: PathLike): TreeNode | undefined {
  let node: TreeNode = root;
  for (const name of parts(path)) {
    if (!isDirectory(node)) return undefined;
    const child: TreeNode | undefined = node.entries.get(name);
    if (!child) return undefined;
    node = child;
  }
  return node;
}

/** Options of {@link putNode}. */
export interface PutOptions {
  /** Metadata for parent directories that have to be created (default 0755 root:root, mtime 0). */
  readonly parents?: NodeOptions;
  /** Also set this mtime on every existing directory whose entries change (as the kernel does). */
  readonly touch?: number;
}

/**
 * A tree with `node` at `path`, creating missing parent directories. Throws ENOTDIR when a
 * component on the way is not a directory. Putting at `/` requires a directory and replaces the root.
 */
export function putNode(root: DirectoryNode, path: PathLike, node: TreeNode, options: PutOptions = {}): DirectoryNode {
  const names = parts(path);
  if (names.length === 0) {
    if (!isDirectory(node)) throw new FsError('EISDIR', 'open', '/');
    return node;
  }
  const rec = (dir: DirectoryNode, depth: number): DirectoryNode => {
    const name = names[depth]!;
    let child: TreeNode;
    if (depth === names.length - 1) child = node;
    else {
      const existing = dir.entries.get(name);
      let next: DirectoryNode;
      if (existing === undefined || existing.kind === 'whiteout') next = directoryNode(options.parents);
      else if (isDirectory(existing)) next = existing;
      else throw new FsError('ENOTDIR', 'open', joinPath(names.slice(0, depth + 1)));
      child = rec(next, depth + 1);
    }
    const entries = dir.entries.set(name, child);
    const touched = options.touch !== undefined && !dir.entries.has(name) ? { mtime: options.touch } : {};
    return Object.freeze({ ...dir, ...touched, entries });
  };
  return rec(root, 0);
}

/** A tree without the node at `path` (the same tree when absent). */
export function removeNode(root: DirectoryNode, path: PathLike, options: { readonly touch?: number } = {}): DirectoryNode {
  const names = parts(path);
  if (names.length === 0) return root;
  const rec = (dir: DirectoryNode, depth: number): DirectoryNode => {
    const name = names[depth]!;
    const child = dir.entries.get(name);
    if (child === undefined) return dir;
    if (depth === names.length - 1) {
      return Object.freeze({ ...dir, ...(options.touch !== undefined ? { mtime: options.touch } : {}), entries: dir.entries.delete(name) });
    }
    if (!isDirectory(child)) return dir;
    const next = rec(child, depth + 1);
    return next === child ? dir : Object.freeze({ ...dir, entries: dir.entries.set(name, next) });
  };
  return rec(root, 0);
}

/**
 * Visits every node below `root` in pre-order, entries sorted by name (the order `tar` and
 * `docker diff` use). `visit` gets the absolute path; returning `false` skips a directory's
 * children.
 */
export function walkTree(root: DirectoryNode, visit: (path: string, node: TreeNode) => void | boolean, base = ''): void {
  for (const [name, node] of sortedEntries(root)) {
    const path = `${base}/${name}`;
    if (visit(path, node) === false) continue;
    if (isDirectory(node)) walkTree(node, visit, path);
  }
}

/** One entry of a {@link TreeSpec}: text or bytes for a file, or a described node. */
export type SpecEntry =
  | string
  | Uint8Array
  | ({ readonly file: string | Uint8Array } & NodeOptions)
  | ({ readonly dir: true } & NodeOptions)
  | ({ readonly symlink: string } & NodeOptions);

/** A compact description of a tree: absolute or relative paths → entries. Parents are implied. */
export type TreeSpec = { readonly [path: string]: SpecEntry };

/**
 * Builds a tree from a spec. `defaults` supplies metadata (mtime, uid, gid) for every node and
 * implied parent; an entry's own options win. Entries apply in key order, so a `dir` entry may
 * give a parent its mode before or after its children are listed.
 */
export function buildTree(spec: TreeSpec, defaults: NodeOptions = {}): DirectoryNode {
  const parentMeta: NodeOptions = { uid: defaults.uid, gid: defaults.gid, mtime: defaults.mtime };
  let root = emptyTree(parentMeta);
  for (const [path, entry] of Object.entries(spec)) {
    const o = (extra: NodeOptions): NodeOptions => ({ ...parentMeta, ...extra });
    let node: TreeNode;
    if (typeof entry === 'string' || entry instanceof Uint8Array) node = fileNode(entry, o({ mode: defaults.mode }));
    else if ('file' in entry) node = fileNode(entry.file, o(entry));
    else if ('symlink' in entry) node = symlinkNode(entry.symlink, o(entry));
    else {
      const existing = getNode(root, path);
      node = directoryNode({ ...o(entry), entries: isDirectory(existing) ? existing.entries : undefined });
    }
    root = putNode(root, path, node, { parents: parentMeta });
  }
  return root;
}

/**
 * The size of a tree as Docker's layer store reports it (overlay2 `DiffSize`): the bytes of
 * every regular file plus the length of every symlink's target; directories and whiteouts count 0.
 */
export function treeSize(root: DirectoryNode): number {
  let size = 0;
  walkTree(root, (_, node) => {
    if (node.kind === 'file') size += node.data.length;
    else if (node.kind === 'symlink') size += new TextEncoder().encode(node.target).length;
  });
  return size;
}

/** Number of nodes below `root` (not counting the root). */
export function countNodes(root: DirectoryNode): number {
  let n = 0;
  walkTree(root, () => {
    n++;
  });
  return n;
}
