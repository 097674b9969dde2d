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
import { FsError, type FileStat, type ProcessFs } from '../programs/types.js';
import { layerChanges, type FilesystemChange } from './changes.js';
import { directoryNode, fileNode, isDirectory, symlinkNode, type DirectoryNode, type FsNode, type NodeMeta } from './node.js';
import { isUnder, joinPath, normalizePath, rawComponents, splitPath } from './path.js';
import { mountRegion, overlayRegion, type Region } from './region.js';
import type { Mount, TreeSource } from './tree-source.js';
import { putNode } from './tree.js';
import { applyLayer } from './union.js';

/** The identity permission checks use; uid 0 may do anything. */
export interface FsUser {
  readonly uid: number;
  readonly gid: number;
  /** Supplementary groups. */
  readonly groups?: readonly number[];
}

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

const MAX_LINKS = 40;
const DIR_SIZE = 4096;
const encoder = new TextEncoder();
const R = 4;
const W = 2;
const X = 1;

interface Shared {
  readonly lower: DirectoryNode;
  readonly overlay: Region;
  mounts: Region[];
  readonly now: () => number;
  readonly umask: number;
  readonly listeners: Set<{ readonly prefix: string; readonly fn: (changed: string) => void }>;
}

interface Entry {
  readonly comps: readonly string[];
  readonly node: FsNode | undefined;
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** The {@link ProcessFs} of a container (see the module comment). */
export class OverlayFs implements ProcessFs {
  readonly #shared: Shared;
  readonly #user: FsUser;

  constructor(options: OverlayFsOptions);
  constructor(options: OverlayFsOptions | { shared: Shared; user: FsUser }) {
    if ('shared' in options) {
      this.#shared = options.shared;
      this.#user = options.user;
      return;
    }
    this.#shared = {
      lower: options.lower,
      overlay: overlayRegion(options.lower, options.upper, options.readOnly ?? false),
      mounts: [],
      now: options.now,
      umask: options.umask ?? 0o022,
      listeners: new Set(),
    };
    this.#user = options.user ?? { uid: 0, gid: 0 };
    this.setMounts(options.mounts ?? []);
  }

  /** A view of the same filesystem with another user's permissions (`docker exec -u`, `USER`). */
  asUser(user: FsUser): OverlayFs {
    return new (OverlayFs as unknown as new (o: { shared: Shared; user: FsUser }) => OverlayFs)({ shared: this.#shared, user });
  }

  /** Replaces the mount table (for every view of this filesystem). */
  setMounts(mounts: readonly Mount[]): void {
    this.#shared.mounts = mounts
      .map((m) => mountRegion(splitPath(m.target), m.source, m.readOnly ?? false))
      .sort((a, b) => b.base.length - a.base.length);
  }

  /** The writable layer's current tree (a diff with whiteouts): what `docker commit` turns into a layer. */
  upper(): DirectoryNode {
    return this.#shared.overlay.source.read() as DirectoryNode;
  }

  /** The image's flattened layers under the writable layer. */
  get lower(): DirectoryNode {
    return this.#shared.lower;
  }

  /** `docker diff`: the writable layer's changes over the image. */
  changes(): FilesystemChange[] {
    return layerChanges(this.#shared.lower, this.upper());
  }

  /** The merged root without mounts, as `docker export` writes it. */
  exportTree(): DirectoryNode {
    return applyLayer(this.#shared.lower, this.upper());
  }

  /** The merged subtree at `path` with the mounts below it grafted in (`docker cp` from a container). */
  snapshot(path: string): FsNode | undefined {
    const { comps, node } = this.#resolve(path, true, 'stat');
    if (!node) return undefined;
    const region = this.#regionFor(comps);
    let tree = region.merged(comps.slice(region.base.length));
    for (const m of [...this.#shared.mounts].reverse()) {
      if (m.base.length <= comps.length || !m.base.slice(0, comps.length).every((c, i) => c === comps[i])) continue;
      if (!isDirectory(tree)) break;
      tree = putNode(tree, m.base.slice(comps.length), m.source.read());
    }
    return tree;
  }

  stat(path: string): FileStat {
    return this.#stat(this.#existing(path, true, 'stat'));
  }

  lstat(path: string): FileStat {
    return this.#stat(this.#existing(path, false, 'lstat'));
  }

  exists(path: string): boolean {
    try {
      return this.#resolve(path, true, 'stat').node !== undefined;
    } catch {
      return false;
    }
  }

  readFile(path: string): Uint8Array {
    const node = this.#existing(path, true, 'open');
    if (node.kind === 'directory') throw new FsError('EISDIR', 'read', path);
    if (node.kind !== 'file' || !this.#can(node, R)) throw new FsError('EACCES', 'open', path);
    return node.data;
  }

  writeFile(path: string, data: string | Uint8Array, options: { readonly mode?: number; readonly append?: boolean } = {}): void {
    const { comps, node } = this.#resolve(path, true, 'open');
    if (comps.length === 0 || node?.kind === 'directory') throw new FsError('EISDIR', 'open', path);
    const region = this.#writable(comps, path, 'open');
    const bytes = bytesOf(data);
    let next: FsNode;
    if (node) {
      if (node.kind !== 'file' || !this.#can(node, W)) throw new FsError('EACCES', 'open', path);
      const content = options.append ? concat(node.data, bytes) : bytes;
      next = Object.freeze({ ...node, data: content, mtime: this.#shared.now() });
    } else {
      this.#checkParent(comps, path, 'open');
      next = fileNode(bytes, { ...this.#owner(), mode: (options.mode ?? 0o666) & ~this.#shared.umask });
    }
    this.#apply(region, comps, (rel) => region.put(rel, next, node ? undefined : this.#shared.now()));
  }

  readdir(path: string): string[] {
    const { comps, node } = this.#resolve(path, true, 'scandir');
    if (!node) throw new FsError('ENOENT', 'scandir', path);
    if (node.kind !== 'directory') throw new FsError('ENOTDIR', 'scandir', path);
    if (!this.#can(node, R)) throw new FsError('EACCES', 'scandir', path);
    const region = this.#regionFor(comps);
    const names = new Set(region.names(comps.slice(region.base.length)));
    for (const m of this.#shared.mounts) {
      if (m.base.length === comps.length + 1 && comps.every((c, i) => m.base[i] === c)) names.add(m.base[comps.length]!);
    }
    return [...names].sort();
  }

  mkdir(path: string, options: { readonly recursive?: boolean; readonly mode?: number } = {}): void {
    if (options.recursive) {
      const parts = rawComponents(path);
      for (let i = 1; i <= parts.length; i++) {
        const prefix = '/' + parts.slice(0, i).join('/');
        const { node } = this.#resolve(prefix, true, 'mkdir');
        if (node?.kind === 'directory') continue;
        if (node) throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', 'mkdir', path);
        this.mkdir(prefix, { mode: options.mode });
      }
      return;
    }
    const { comps, node } = this.#entry(path, 'mkdir');
    if (node || comps.length === 0) throw new FsError('EEXIST', 'mkdir', path);
    const region = this.#writable(comps, path, 'mkdir');
    this.#checkParent(comps, path, 'mkdir');
    const rel = comps.slice(region.base.length);
    const dir = directoryNode({ ...this.#owner(), mode: (options.mode ?? 0o777) & ~this.#shared.umask, opaque: region.hidesBelow(rel) });
    this.#apply(region, comps, (r) => region.put(r, dir, this.#shared.now()));
  }

  /**
   * Removes a file or symlink; a directory needs `recursive`, except an empty one, which is
   * removed as `rmdir` would (a non-empty one fails with ENOTEMPTY).
   */
  rm(path: string, options: { readonly recursive?: boolean; readonly force?: boolean } = {}): void {
    let entry: Entry;
    try {
      entry = this.#entry(path, 'rm');
    } catch (error) {
      if (options.force && error instanceof FsError && error.code === 'ENOENT') return;
      throw error;
    }
    const { comps, node } = entry;
    if (!node) {
      if (options.force) return;
      throw new FsError('ENOENT', 'rm', path);
    }
    if (comps.length === 0 || this.#isMountPoint(comps)) throw new FsError('EBUSY', 'rm', path);
    if (node.kind === 'directory' && !options.recursive && this.readdir(joinPath(comps)).length > 0) throw new FsError('ENOTEMPTY', 'rmdir', path);
    const region = this.#writable(comps, path, 'rm');
    this.#checkParent(comps, path, 'rm');
    this.#apply(region, comps, (rel) => region.remove(rel, this.#shared.now()));
  }

  rename(from: string, to: string): void {
    const source = this.#entry(from, 'rename');
    if (!source.node) throw new FsError('ENOENT', 'rename', from);
    const target = this.#entry(to, 'rename');
    if (joinPath(source.comps) === joinPath(target.comps)) return;
    if (source.comps.length === 0 || this.#isMountPoint(source.comps)) throw new FsError('EBUSY', 'rename', from);
    if (isUnder(joinPath(target.comps), joinPath(source.comps))) throw new FsError('EINVAL', 'rename', to);
    const region = this.#writable(source.comps, from, 'rename');
    if (this.#regionFor(target.comps) !== region) throw new FsError('EXDEV', 'rename', to);
    if (target.node) {
      if (source.node.kind === 'directory' && target.node.kind !== 'directory') throw new FsError('ENOTDIR', 'rename', to);
      if (source.node.kind !== 'directory' && target.node.kind === 'directory') throw new FsError('EISDIR', 'rename', to);
      if (target.node.kind === 'directory' && this.readdir(joinPath(target.comps)).length > 0) throw new FsError('ENOTEMPTY', 'rename', to);
    }
    this.#checkParent(source.comps, from, 'rename');
    this.#checkParent(target.comps, to, 'rename');
    const base = region.base.length;
    region.move(source.comps.slice(base), target.comps.slice(base), this.#shared.now());
    this.#changed(region, source.comps);
    this.#changed(region, target.comps);
  }

  symlink(target: string, path: string): void {
    const { comps, node } = this.#entry(path, 'symlink');
    if (node || comps.length === 0) throw new FsError('EEXIST', 'symlink', path);
    const region = this.#writable(comps, path, 'symlink');
    this.#checkParent(comps, path, 'symlink');
    const link = symlinkNode(target, this.#owner());
    this.#apply(region, comps, (rel) => region.put(rel, link, this.#shared.now()));
  }

  readlink(path: string): string {
    const { node } = this.#entry(path, 'readlink');
    if (!node) throw new FsError('ENOENT', 'readlink', path);
    if (node.kind !== 'symlink') throw new FsError('EINVAL', 'readlink', path);
    return node.target;
  }

  realpath(path: string): string {
    const { comps, node } = this.#resolve(path, true, 'realpath');
    if (!node) throw new FsError('ENOENT', 'realpath', path);
    return joinPath(comps);
  }

  chmod(path: string, mode: number): void {
    this.#setMeta(path, 'chmod', { mode: mode & 0o7777 }, (node) => this.#user.uid === 0 || node.uid === this.#user.uid);
  }

  chown(path: string, uid: number, gid: number): void {
    this.#setMeta(path, 'chown', { uid, gid }, () => this.#user.uid === 0);
  }

  utimes(path: string, mtime: number): void {
    this.#setMeta(path, 'utime', { mtime }, (node) => this.#user.uid === 0 || node.uid === this.#user.uid);
  }

  watch(path: string, listener: (changed: string) => void): () => void {
    const entry = { prefix: normalizePath(path), fn: listener };
    this.#shared.listeners.add(entry);
    const unsubscribe: (() => void)[] = [];
    for (const region of [this.#shared.overlay, ...this.#shared.mounts]) {
      const base = joinPath(region.base);
      const off = region.source.watch?.((changed) => {
        const abs = normalizePath(`${base}/${changed}`);
        if (isUnder(abs, entry.prefix) || isUnder(entry.prefix, abs)) listener(abs);
      });
      if (off) unsubscribe.push(off);
    }
    return () => {
      this.#shared.listeners.delete(entry);
      for (const off of unsubscribe) off();
    };
  }

  // -------------------------------------------------------------------------------------------

  #regionFor(comps: readonly string[]): Region {
    for (const m of this.#shared.mounts) {
      if (m.base.length <= comps.length && m.base.every((c, i) => comps[i] === c)) return m;
    }
    return this.#shared.overlay;
  }

  #isMountPoint(comps: readonly string[]): boolean {
    return this.#shared.mounts.some((m) => m.base.length === comps.length && m.base.every((c, i) => comps[i] === c));
  }

  #lookup(comps: readonly string[]): FsNode | undefined {
    const region = this.#regionFor(comps);
    return region.get(comps.slice(region.base.length));
  }

  /** POSIX path resolution; `follow` decides whether a final symlink is followed. */
  #resolve(path: string, follow: boolean, syscall: string): Entry {
    if (path === '') throw new FsError('ENOENT', syscall, path);
    let resolved: string[] = [];
    let queue = rawComponents(path);
    let node = this.#lookup([]);
    let links = 0;
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (name === '..') {
        resolved.pop();
        node = this.#lookup(resolved);
        continue;
      }
      const comps = [...resolved, name];
      const found = this.#lookup(comps);
      const last = queue.length === 0;
      if (found?.kind === 'symlink' && (!last || follow)) {
        if (++links > MAX_LINKS) throw new FsError('ELOOP', syscall, path);
        if (found.target.startsWith('/')) resolved = [];
        queue = [...rawComponents(found.target), ...queue];
        node = this.#lookup(resolved);
        continue;
      }
      if (!last) {
        if (!found) throw new FsError('ENOENT', syscall, path);
        if (found.kind !== 'directory') throw new FsError('ENOTDIR', syscall, path);
        if (!this.#can(found, X)) throw new FsError('EACCES', syscall, path);
      }
      resolved = comps;
      node = found;
    }
    return { comps: resolved, node };
  }

  /** The entry a name refers to, without following a final symlink; the parent must exist. */
  #entry(path: string, syscall: string): Entry {
    return this.#resolve(path, false, syscall);
  }

  #existing(path: string, follow: boolean, syscall: string): FsNode {
    const { node } = this.#resolve(path, follow, syscall);
    if (!node) throw new FsError('ENOENT', syscall, path);
    return node;
  }

  #writable(comps: readonly string[], path: string, syscall: string): Region {
    const region = this.#regionFor(comps);
    if (region.readOnly || !region.source.write) throw new FsError('EROFS', syscall, path);
    return region;
  }

  #checkParent(comps: readonly string[], path: string, syscall: string): void {
    const parent = this.#lookup(comps.slice(0, -1));
    if (!parent) throw new FsError('ENOENT', syscall, path);
    if (parent.kind !== 'directory') throw new FsError('ENOTDIR', syscall, path);
    if (!this.#can(parent, W | X)) throw new FsError('EACCES', syscall, path);
  }

  #can(node: FsNode, bits: number): boolean {
    const { uid, gid, groups = [] } = this.#user;
    if (uid === 0) return true;
    const shift = node.uid === uid ? 6 : node.gid === gid || groups.includes(node.gid) ? 3 : 0;
    return ((node.mode >> shift) & bits) === bits;
  }

  #owner(): { uid: number; gid: number; mtime: number } {
    return { uid: this.#user.uid, gid: this.#user.gid, mtime: this.#shared.now() };
  }

  #setMeta(path: string, syscall: string, changes: Partial<NodeMeta>, allowed: (node: FsNode) => boolean): void {
    const { comps, node } = this.#resolve(path, true, syscall);
    if (!node) throw new FsError('ENOENT', syscall, path);
    if (!allowed(node)) throw new FsError('EPERM', syscall, path);
    const region = this.#writable(comps, path, syscall);
    this.#apply(region, comps, (rel) => region.setMeta(rel, changes));
  }

  #apply(region: Region, comps: readonly string[], change: (rel: readonly string[]) => void): void {
    change(comps.slice(region.base.length));
    this.#changed(region, comps);
  }

  /** Tells watchers about a change, unless the region's source reports changes itself. */
  #changed(region: Region, comps: readonly string[]): void {
    if (region.source.watch) return;
    const abs = joinPath(comps);
    for (const { prefix, fn } of [...this.#shared.listeners]) if (isUnder(abs, prefix) || isUnder(prefix, abs)) fn(abs);
  }

  #stat(node: FsNode): FileStat {
    const base = { kind: node.kind, mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime };
    if (node.kind === 'file') return { ...base, size: node.data.length };
    if (node.kind === 'symlink') return { ...base, size: encoder.encode(node.target).length, target: node.target };
    return { ...base, size: DIR_SIZE };
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export type { Mount, TreeSource };
