/**
 * @module
 * A container's filesystem namespace: the overlay region and the mount regions over it, and
 * POSIX path resolution across them (symlinks followed component by component, `..` lexical,
 * ELOOP after 40 links, search permission on every directory crossed). Shared by every view of
 * one container's filesystem (see `overlay-fs.ts`).
 */
import { FsError } from '../programs/types.js';
import type { DirectoryNode, FsNode } from './node.js';
import { isUnder, joinPath, normalizePath, rawComponents, splitPath } from './path.js';
import { mountRegion, overlayRegion, type Region } from './region.js';
import type { Mount, TreeSource } from './tree-source.js';

const MAX_LINKS = 40;

/** A resolved path: its canonical components and the node there (undefined when absent). */
export interface Entry {
  readonly comps: readonly string[];
  readonly node: FsNode | undefined;
}

/** A change listener registered on a path. */
export interface Listener {
  readonly prefix: string;
  readonly fn: (changed: string) => void;
}

/** The regions of one container's filesystem and how paths resolve across them. */
export class Namespace {
  readonly lower: DirectoryNode;
  readonly overlay: Region;
  mounts: Region[] = [];
  readonly now: () => number;
  readonly umask: number;
  readonly listeners = new Set<Listener>();

  constructor(lower: DirectoryNode, upper: TreeSource, options: { readonly readOnly: boolean; readonly now: () => number; readonly umask: number }) {
    this.lower = lower;
    this.overlay = overlayRegion(lower, upper, options.readOnly);
    this.now = options.now;
    this.umask = options.umask;
  }

  /** Replaces the mount table. */
  setMounts(mounts: readonly Mount[]): void {
    this.mounts = mounts.map((m) => mountRegion(splitPath(m.target), m.source, m.readOnly ?? false)).sort((a, b) => b.base.length - a.base.length);
  }

  /** The region a path falls in (the deepest mount containing it, else the overlay). */
  regionFor(comps: readonly string[]): Region {
    for (const m of this.mounts) if (m.base.length <= comps.length && m.base.every((c, i) => comps[i] === c)) return m;
    return this.overlay;
  }

  /** True when the path is exactly a mount target. */
  isMountPoint(comps: readonly string[]): boolean {
    return this.mounts.some((m) => m.base.length === comps.length && m.base.every((c, i) => comps[i] === c));
  }

  /** Names of mount targets directly inside the directory at `comps`. */
  mountChildren(comps: readonly string[]): string[] {
    return this.mounts.filter((m) => m.base.length === comps.length + 1 && comps.every((c, i) => m.base[i] === c)).map((m) => m.base[comps.length]!);
  }

  /** The node at canonical components (no symlink resolution). */
  lookup(comps: readonly string[]): FsNode | undefined {
    const region = this.regionFor(comps);
    return region.get(comps.slice(region.base.length));
  }

  /** POSIX path resolution; `follow` decides whether a final symlink is followed; `canSearch` checks directories crossed. */
  resolve(path: string, follow: boolean, syscall: string, canSearch: (dir: FsNode) => boolean): Entry {
    if (path === '') throw new FsError('ENOENT', syscall, path);
    let resolved: string[] = [];
    let queue = rawComponents(path);
    let node = this.lookup([]);
    let links = 0;
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (name === '..') {
        resolved.pop();
        node = this.lookup(resolved);
        continue;
      }
      const comps = [...resolved, name];
      const found = this.lookup(comps);
      const last = queue.length === 0;
      if (found?.kind === 'symlink' && (!last || follow)) {
        if (++links > MAX_LINKS) throw new FsError('ELOOP', syscall, path);
        if (found.target.startsWith('/')) resolved = [];
        queue = [...rawComponents(found.target), ...queue];
        node = this.lookup(resolved);
        continue;
      }
      if (!last) {
        if (!found) throw new FsError('ENOENT', syscall, path);
        if (found.kind !== 'directory') throw new FsError('ENOTDIR', syscall, path);
        if (!canSearch(found)) throw new FsError('EACCES', syscall, path);
      }
      resolved = comps;
      node = found;
    }
    return { comps: resolved, node };
  }

  /** Registers a listener for changes at or below `prefix` (absolute, normalized); returns the unsubscribe function. */
  watch(prefix: string, fn: (changed: string) => void): () => void {
    const entry = { prefix, fn };
    this.listeners.add(entry);
    const unsubscribe: (() => void)[] = [];
    for (const region of [this.overlay, ...this.mounts]) {
      const base = joinPath(region.base);
      const off = region.source.watch?.((changed) => {
        const abs = normalizePath(`${base}/${changed}`);
        if (isUnder(abs, prefix) || isUnder(prefix, abs)) fn(abs);
      });
      if (off) unsubscribe.push(off);
    }
    return () => {
      this.listeners.delete(entry);
      for (const off of unsubscribe) off();
    };
  }

  /** Tells watchers about a change, unless the region's source reports changes itself. */
  changed(region: Region, comps: readonly string[]): void {
    if (region.source.watch) return;
    const abs = joinPath(comps);
    for (const { prefix, fn } of [...this.listeners]) if (isUnder(abs, prefix) || isUnder(prefix, abs)) fn(abs);
  }
}
