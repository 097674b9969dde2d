/**
 * @module
 * Unix permission checks for filesystem views: owner, group (primary or supplementary) or other
 * bits; root (uid 0) may do anything. And the `stat` view of a node.
 */
import type { FileStat } from '../programs/types.js';
import type { FsNode } from './node.js';

/** The identity permission checks use; uid 0 may do anything. */
export interface FsUser {
  readonly uid: number;
  readonly gid: number;
  /** Supplementary groups. */
  readonly groups?: readonly number[];
}

/** Read, write and execute/search bits. */
export const ACCESS = { read: 4, write: 2, execute: 1 } as const;

/** True when `user` has every bit of `bits` (ACCESS flags) on `node`. */
export function mayAccess(user: FsUser, node: FsNode, bits: number): boolean {
  if (user.uid === 0) return true;
  const groups = user.groups ?? [];
  const shift = node.uid === user.uid ? 6 : node.gid === user.gid || groups.includes(node.gid) ? 3 : 0;
  return ((node.mode >> shift) & bits) === bits;
}

const encoder = new TextEncoder();
/** The size `stat` reports for a directory (an ext4 block). */
export const DIRECTORY_SIZE = 4096;

/** What `stat`/`lstat` report for a node. */
export function statOf(node: FsNode): FileStat {
  const base = { kind: node.kind, mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime };
  if (node.kind === 'file') return { ...base, size: node.data.length };
  if (node.kind === 'symlink') return { ...base, size: encoder.encode(node.target).length, target: node.target };
  return { ...base, size: DIRECTORY_SIZE };
}
