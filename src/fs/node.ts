/**
 * @module
 * The nodes of an immutable file tree: regular files with real bytes, directories, symlinks —
 * each with mode, uid, gid and mtime — plus the whiteout that a layer uses to delete a path of
 * the layers below it (overlayfs' 0/0 character device; `.wh.<name>` in a layer tar). A directory
 * marked `opaque` hides everything below it in lower layers (`.wh..wh..opq`).
 *
 * Nodes are frozen plain data; a directory's entries are a persistent {@link Table}, so changing
 * one file copies only the directories on its path (structural sharing). Never mutate a node's
 * `data` bytes: they may be shared by many trees, images and containers.
 */
import { Table } from '../core/table.js';

/** Ownership, permissions and modification time of a node. */
export interface NodeMeta {
  /** Permission bits (`0o755`), without the file-type bits. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Modification time, virtual epoch milliseconds. */
  readonly mtime: number;
}

/** A regular file and its bytes. */
export interface FileNode extends NodeMeta {
  readonly kind: 'file';
  readonly data: Uint8Array;
}

/** A directory: named entries, and whether it hides the lower layers' content (opaque). */
export interface DirectoryNode extends NodeMeta {
  readonly kind: 'directory';
  readonly entries: Table<TreeNode>;
  /** In a layer: this directory replaces (does not merge with) the one below. */
  readonly opaque?: boolean;
}

/** A symbolic link. */
export interface SymlinkNode extends NodeMeta {
  readonly kind: 'symlink';
  readonly target: string;
}

/** In a layer: the path was deleted from the layers below. */
export interface WhiteoutNode {
  readonly kind: 'whiteout';
}

/** What a process can see: a file, a directory or a symlink. */
export type FsNode = FileNode | DirectoryNode | SymlinkNode;

/** What a layer can hold: a visible node or a whiteout. */
export type TreeNode = FsNode | WhiteoutNode;

/** Default permission bits: directories 0755, files 0644, symlinks 0777 (as tar and mkdir give them). */
export const DEFAULT_MODE = { directory: 0o755, file: 0o644, symlink: 0o777 } as const;

/** Options for node constructors. */
export interface NodeOptions {
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
  readonly mtime?: number;
}

const encoder = new TextEncoder();
const WHITEOUT: WhiteoutNode = Object.freeze({ kind: 'whiteout' });

function meta(kind: keyof typeof DEFAULT_MODE, o: NodeOptions): NodeMeta {
  return { mode: (o.mode ?? DEFAULT_MODE[kind]) & 0o7777, uid: o.uid ?? 0, gid: o.gid ?? 0, mtime: o.mtime ?? 0 };
}

/** A regular file holding `data` (text is stored as UTF-8). */
export function fileNode(data: Uint8Array | string, options: NodeOptions = {}): FileNode {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return Object.freeze({ kind: 'file', data: bytes, ...meta('file', options) });
}

/** A directory holding `entries` (default empty). */
export function directoryNode(options: NodeOptions & { readonly entries?: Table<TreeNode>; readonly opaque?: boolean } = {}): DirectoryNode {
  const node: DirectoryNode = { kind: 'directory', entries: options.entries ?? Table.empty<TreeNode>(), ...meta('directory', options) };
  return Object.freeze(options.opaque ? { ...node, opaque: true } : node);
}

/** A symbolic link to `target`. */
export function symlinkNode(target: string, options: NodeOptions = {}): SymlinkNode {
  return Object.freeze({ kind: 'symlink', target, ...meta('symlink', options) });
}

/** The whiteout marker (one shared frozen value). */
export function whiteoutNode(): WhiteoutNode {
  return WHITEOUT;
}

/** True for a directory node. */
export function isDirectory(node: TreeNode | undefined): node is DirectoryNode {
  return node?.kind === 'directory';
}

/** The metadata of a node (whiteouts have none). */
export function metaOf(node: FsNode): NodeMeta {
  return { mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime };
}

/** A copy of `node` with some metadata changed. */
export function withMeta<N extends FsNode>(node: N, changes: Partial<NodeMeta>): N {
  const next: N = { ...node, ...changes };
  return Object.freeze(next);
}

/** A directory's entries as `[name, node]` pairs sorted by name (byte order for ASCII), as readdir and tar list them. */
export function sortedEntries(dir: DirectoryNode): [string, TreeNode][] {
  return [...dir.entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
