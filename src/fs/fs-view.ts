/**
 * @module
 * The read side of a container filesystem view: `stat`, `readFile`, `readdir`, `readlink`,
 * `realpath`, `exists`, `watch`, resolved across the namespace with the view's user's
 * permissions. {@link OverlayFs} adds the writes.
 */
import { FsError, type FileStat } from '../programs/types.js';
import type { FsNode } from './node.js';
import type { Entry, Namespace } from './namespace.js';
import { joinPath, normalizePath } from './path.js';
import { ACCESS, mayAccess, statOf, type FsUser } from './permissions.js';
import type { Region } from './region.js';

const { read: R, execute: X } = ACCESS;

/** Reading a container's filesystem as one user. */
export class FsView {
  /** The namespace every view of the container shares. */
  protected readonly ns: Namespace;
  /** Whose permissions apply. */
  protected readonly user: FsUser;

  constructor(ns: Namespace, user: FsUser) {
    this.ns = ns;
    this.user = user;
  }

  /** The node's metadata, following symlinks (ENOENT, ENOTDIR, ELOOP, EACCES). */
  stat(path: string): FileStat {
    return statOf(this.existing(path, true, 'stat'));
  }

  /** The node's metadata, not following a final symlink. */
  lstat(path: string): FileStat {
    return statOf(this.existing(path, false, 'lstat'));
  }

  /** True when the path resolves (following symlinks) to something. */
  exists(path: string): boolean {
    try {
      return this.resolve(path, true, 'stat').node !== undefined;
    } catch {
      return false;
    }
  }

  /** A file's bytes (EISDIR for a directory, EACCES without read permission). */
  readFile(path: string): Uint8Array {
    const node = this.existing(path, true, 'open');
    if (node.kind === 'directory') throw new FsError('EISDIR', 'read', path);
    if (node.kind !== 'file' || !this.can(node, R)) throw new FsError('EACCES', 'open', path);
    return node.data;
  }

  /** The names in a directory, merged across layers and mounts, sorted. */
  readdir(path: string): string[] {
    const { comps, node } = this.resolve(path, true, 'scandir');
    if (!node) throw new FsError('ENOENT', 'scandir', path);
    if (node.kind !== 'directory') throw new FsError('ENOTDIR', 'scandir', path);
    if (!this.can(node, R)) throw new FsError('EACCES', 'scandir', path);
    const region = this.regionFor(comps);
    const names = new Set(region.names(comps.slice(region.base.length)));
    for (const name of this.ns.mountChildren(comps)) names.add(name);
    return [...names].sort();
  }

  /** A symlink's target (EINVAL when not a symlink). */
  readlink(path: string): string {
    const { node } = this.entry(path, 'readlink');
    if (!node) throw new FsError('ENOENT', 'readlink', path);
    if (node.kind !== 'symlink') throw new FsError('EINVAL', 'readlink', path);
    return node.target;
  }

  /** The canonical absolute path, every symlink resolved. */
  realpath(path: string): string {
    const { comps, node } = this.resolve(path, true, 'realpath');
    if (!node) throw new FsError('ENOENT', 'realpath', path);
    return joinPath(comps);
  }

  /** Calls `listener` with each changed path at or below `path`; returns the unsubscribe function. */
  watch(path: string, listener: (changed: string) => void): () => void {
    return this.ns.watch(normalizePath(path), listener);
  }

  protected regionFor(comps: readonly string[]): Region {
    return this.ns.regionFor(comps);
  }

  protected isMountPoint(comps: readonly string[]): boolean {
    return this.ns.isMountPoint(comps);
  }

  protected lookup(comps: readonly string[]): FsNode | undefined {
    return this.ns.lookup(comps);
  }

  protected resolve(path: string, follow: boolean, syscall: string): Entry {
    return this.ns.resolve(path, follow, syscall, (dir) => this.can(dir, X));
  }

  /** The entry a name refers to, without following a final symlink; the parent must exist. */
  protected entry(path: string, syscall: string): Entry {
    return this.resolve(path, false, syscall);
  }

  protected existing(path: string, follow: boolean, syscall: string): FsNode {
    const { node } = this.resolve(path, follow, syscall);
    if (!node) throw new FsError('ENOENT', syscall, path);
    return node;
  }

  protected can(node: FsNode, bits: number): boolean {
    return mayAccess(this.user, node, bits);
  }
}
