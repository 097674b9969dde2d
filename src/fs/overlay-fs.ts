/**
 * @module
 * A container's filesystem as its processes see it ({@link ProcessFs}): the image's layers
 * (read-only), the container's writable layer (copy-up on write, whiteouts on delete — overlay2)
 * and the mounts (volumes, binds, tmpfs) laid over them, with POSIX path resolution (symlinks,
 * `..`, ELOOP after 40 links), permission checks for non-root users, and change notification.
 *
 * The view keeps no state of its own: every call reads the current trees from their sources and
 * every change is handed to the source as a new tree (see `tree-source.ts`), so the runtime owns
 * the truth (its state) and `docker diff`/`commit`/`export`/`cp` read it from there.
 */
import { FsError, type ProcessFs } from '../programs/types.js';
import { ACCESS, type FsUser } from './permissions.js';
import { layerChanges, type FilesystemChange } from './changes.js';
import { directoryNode, fileNode, isDirectory, symlinkNode, type DirectoryNode, type FsNode, type NodeMeta } from './node.js';
import { FsView } from './fs-view.js';
import { Namespace, type Entry } from './namespace.js';
import { isUnder, joinPath, rawComponents } from './path.js';
import type { Region } from './region.js';
import type { Mount, TreeSource } from './tree-source.js';
import { putNode } from './tree.js';
import { applyLayer } from './union.js';

/** Options of {@link OverlayFs}. */
export interface OverlayFsOptions {
  /** The image's layers, flattened (see `flattenLayers`). */
  readonly lower: DirectoryNode;
  /** The writable layer; its tree must be a directory (start with `newUpper(lower)`). */
  readonly upper: TreeSource;
  /** Volumes, binds and tmpfs mounts; change later with {@link OverlayFs.setMounts}. */
  readonly mounts?: readonly Mount[];
  /** Virtual time (epoch ms) for mtimes. */
  readonly now: () => number;
  /** `--read-only`: the overlay rejects writes with EROFS (mounts keep their own flag). */
  readonly readOnly?: boolean;
  /** Whose permissions apply; default root. */
  readonly user?: FsUser;
  /** File-creation mask; default 0o022. */
  readonly umask?: number;
}

const encoder = new TextEncoder();
const { write: W, execute: X } = ACCESS;

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** The {@link ProcessFs} of a container (see the module comment). */
export class OverlayFs extends FsView implements ProcessFs {
  constructor(options: OverlayFsOptions);
  constructor(options: OverlayFsOptions | { shared: Namespace; user: FsUser }) {
    if ('shared' in options) super(options.shared, options.user);
    else {
      super(new Namespace(options.lower, options.upper, { readOnly: options.readOnly ?? false, now: options.now, umask: options.umask ?? 0o022 }), options.user ?? { uid: 0, gid: 0 });
      this.setMounts(options.mounts ?? []);
    }
  }

  /** A view of the same filesystem with another user's permissions (`docker exec -u`, `USER`). */
  asUser(user: FsUser): OverlayFs {
    return new (OverlayFs as unknown as new (o: { shared: Namespace; user: FsUser }) => OverlayFs)({ shared: this.ns, user });
  }

  /** Replaces the mount table (for every view of this filesystem). */
  setMounts(mounts: readonly Mount[]): void {
    this.ns.setMounts(mounts);
  }

  /** The writable layer's current tree (a diff with whiteouts): what `docker commit` turns into a layer. */
  upper(): DirectoryNode {
    return this.ns.overlay.source.read() as DirectoryNode;
  }

  /** The image's flattened layers under the writable layer. */
  get lower(): DirectoryNode {
    return this.ns.lower;
  }

  /** `docker diff`: the writable layer's changes over the image. */
  changes(): FilesystemChange[] {
    return layerChanges(this.ns.lower, this.upper());
  }

  /** The merged root without mounts, as `docker export` writes it. */
  exportTree(): DirectoryNode {
    return applyLayer(this.ns.lower, this.upper());
  }

  /** The merged subtree at `path` with the mounts below it grafted in (`docker cp` from a container). */
  snapshot(path: string): FsNode | undefined {
    const { comps, node } = this.resolve(path, true, 'stat');
    if (!node) return undefined;
    const region = this.regionFor(comps);
    let tree = region.merged(comps.slice(region.base.length));
    for (const m of [...this.ns.mounts].reverse()) {
      if (m.base.length <= comps.length || !m.base.slice(0, comps.length).every((c, i) => c === comps[i])) continue;
      if (!isDirectory(tree)) break;
      tree = putNode(tree, m.base.slice(comps.length), m.source.read());
    }
    return tree;
  }

  writeFile(path: string, data: string | Uint8Array, options: { readonly mode?: number; readonly append?: boolean } = {}): void {
    const { comps, node } = this.resolve(path, true, 'open');
    if (comps.length === 0 || node?.kind === 'directory') throw new FsError('EISDIR', 'open', path);
    const region = this.#writable(comps, path, 'open');
    const bytes = bytesOf(data);
    let next: FsNode;
    if (node) {
      if (node.kind !== 'file' || !this.can(node, W)) throw new FsError('EACCES', 'open', path);
      const content = options.append ? concat(node.data, bytes) : bytes;
      next = Object.freeze({ ...node, data: content, mtime: this.ns.now() });
    } else {
      this.#checkParent(comps, path, 'open');
      next = fileNode(bytes, { ...this.#owner(), mode: (options.mode ?? 0o666) & ~this.ns.umask });
    }
    this.#apply(region, comps, (rel) => region.put(rel, next, node ? undefined : this.ns.now()));
  }

  mkdir(path: string, options: { readonly recursive?: boolean; readonly mode?: number } = {}): void {
    if (options.recursive) {
      const parts = rawComponents(path);
      for (let i = 1; i <= parts.length; i++) {
        const prefix = '/' + parts.slice(0, i).join('/');
        const { node } = this.resolve(prefix, true, 'mkdir');
        if (node?.kind === 'directory') continue;
        if (node) throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', 'mkdir', path);
        this.mkdir(prefix, { mode: options.mode });
      }
      return;
    }
    const { comps, node } = this.entry(path, 'mkdir');
    if (node || comps.length === 0) throw new FsError('EEXIST', 'mkdir', path);
    const region = this.#writable(comps, path, 'mkdir');
    this.#checkParent(comps, path, 'mkdir');
    const rel = comps.slice(region.base.length);
    const dir = directoryNode({ ...this.#owner(), mode: (options.mode ?? 0o777) & ~this.ns.umask, opaque: region.hidesBelow(rel) });
    this.#apply(region, comps, (r) => region.put(r, dir, this.ns.now()));
  }

  /**
   * Removes a file or symlink; a directory needs `recursive`, except an empty one, which is
   * removed as `rmdir` would (a non-empty one fails with ENOTEMPTY).
   */
  rm(path: string, options: { readonly recursive?: boolean; readonly force?: boolean } = {}): void {
    let entry: Entry;
    try {
      entry = this.entry(path, 'rm');
    } catch (error) {
      if (options.force && error instanceof FsError && error.code === 'ENOENT') return;
      throw error;
    }
    const { comps, node } = entry;
    if (!node) {
      if (options.force) return;
      throw new FsError('ENOENT', 'rm', path);
    }
    if (comps.length === 0 || this.isMountPoint(comps)) throw new FsError('EBUSY', 'rm', path);
    if (node.kind === 'directory' && !options.recursive && this.readdir(joinPath(comps)).length > 0) throw new FsError('ENOTEMPTY', 'rmdir', path);
    const region = this.#writable(comps, path, 'rm');
    this.#checkParent(comps, path, 'rm');
    this.#apply(region, comps, (rel) => region.remove(rel, this.ns.now()));
  }

  rename(from: string, to: string): void {
    const source = this.entry(from, 'rename');
    if (!source.node) throw new FsError('ENOENT', 'rename', from);
    const target = this.entry(to, 'rename');
    if (joinPath(source.comps) === joinPath(target.comps)) return;
    if (source.comps.length === 0 || this.isMountPoint(source.comps)) throw new FsError('EBUSY', 'rename', from);
    if (isUnder(joinPath(target.comps), joinPath(source.comps))) throw new FsError('EINVAL', 'rename', to);
    const region = this.#writable(source.comps, from, 'rename');
    if (this.regionFor(target.comps) !== region) throw new FsError('EXDEV', 'rename', to);
    if (target.node) {
      if (source.node.kind === 'directory' && target.node.kind !== 'directory') throw new FsError('ENOTDIR', 'rename', to);
      if (source.node.kind !== 'directory' && target.node.kind === 'directory') throw new FsError('EISDIR', 'rename', to);
      if (target.node.kind === 'directory' && this.readdir(joinPath(target.comps)).length > 0) throw new FsError('ENOTEMPTY', 'rename', to);
    }
    this.#checkParent(source.comps, from, 'rename');
    this.#checkParent(target.comps, to, 'rename');
    const base = region.base.length;
    region.move(source.comps.slice(base), target.comps.slice(base), this.ns.now());
    this.#changed(region, source.comps);
    this.#changed(region, target.comps);
  }

  symlink(target: string, path: string): void {
    const { comps, node } = this.entry(path, 'symlink');
    if (node || comps.length === 0) throw new FsError('EEXIST', 'symlink', path);
    const region = this.#writable(comps, path, 'symlink');
    this.#checkParent(comps, path, 'symlink');
    const link = symlinkNode(target, this.#owner());
    this.#apply(region, comps, (rel) => region.put(rel, link, this.ns.now()));
  }

  chmod(path: string, mode: number): void {
    this.#setMeta(path, 'chmod', { mode: mode & 0o7777 }, (node) => this.user.uid === 0 || node.uid === this.user.uid);
  }

  chown(path: string, uid: number, gid: number): void {
    this.#setMeta(path, 'chown', { uid, gid }, () => this.user.uid === 0);
  }

  utimes(path: string, mtime: number): void {
    this.#setMeta(path, 'utime', { mtime }, (node) => this.user.uid === 0 || node.uid === this.user.uid);
  }

  // -------------------------------------------------------------------------------------------

  #writable(comps: readonly string[], path: string, syscall: string): Region {
    const region = this.regionFor(comps);
    if (region.readOnly || !region.source.write) throw new FsError('EROFS', syscall, path);
    return region;
  }

  #checkParent(comps: readonly string[], path: string, syscall: string): void {
    const parent = this.lookup(comps.slice(0, -1));
    if (!parent) throw new FsError('ENOENT', syscall, path);
    if (parent.kind !== 'directory') throw new FsError('ENOTDIR', syscall, path);
    if (!this.can(parent, W | X)) throw new FsError('EACCES', syscall, path);
  }

  #owner(): { uid: number; gid: number; mtime: number } {
    return { uid: this.user.uid, gid: this.user.gid, mtime: this.ns.now() };
  }

  #setMeta(path: string, syscall: string, changes: Partial<NodeMeta>, allowed: (node: FsNode) => boolean): void {
    const { comps, node } = this.resolve(path, true, syscall);
    if (!node) throw new FsError('ENOENT', syscall, path);
    if (!allowed(node)) throw new FsError('EPERM', syscall, path);
    const region = this.#writable(comps, path, syscall);
    this.#apply(region, comps, (rel) => region.setMeta(rel, changes));
  }

  #apply(region: Region, comps: readonly string[], change: (rel: readonly string[]) => void): void {
    change(comps.slice(region.base.length));
    this.#changed(region, comps);
  }

  #changed(region: Region, comps: readonly string[]): void {
    this.ns.changed(region, comps);
  }

}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export type { Mount, TreeSource, FsUser };
