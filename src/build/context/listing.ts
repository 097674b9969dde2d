/**
 * @module
 * A build context as the matchers see it: a list of entries (files, directories, symlinks) with
 * slash-separated paths relative to the context root, in the order Go's `filepath.WalkDir`
 * visits them (directory before its contents, names in byte order). Parent directories are
 * implied when only their contents are listed, as they are on disk after a tar is extracted.
 */
import { contextNotADirectory } from '../../core/messages/index.js';
import { cleanPath } from '../../core/go-path.js';

/** One entry of a build context. */
export interface ContextEntry {
  /** The path relative to the context root, slash-separated (`src/index.js`). */
  readonly path: string;
  /** What the entry is. */
  readonly kind: 'file' | 'dir' | 'symlink';
  /** A symlink's target, as stored. */
  readonly target?: string;
  /** The entry's checksum (hex), as the daemon computes it for the tar it received (see tarsum). */
  readonly sum?: string;
  /** True for a directory that exists only because something is listed inside it. */
  readonly implied?: boolean;
}

/**
 * Compares paths element by element, by code point: Go's WalkDir order. That is a plain
 * comparison in which `/` sorts before every other character (`a/b` < `a-b`, `a` < `a/b`).
 */
export function compareWalkOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x === 0x2f) return -1;
    if (y === 0x2f) return 1;
    // Surrogates encode code points above every other UTF-16 unit.
    return (a.codePointAt(i) ?? x) - (b.codePointAt(i) ?? y);
  }
  return a.length - b.length;
}

/** Cleans a listed path (`./a//b/` → `a/b`); `""` for the root. */
export function cleanEntryPath(path: string): string {
  const clean = cleanPath(`/${path}`).slice(1);
  return clean;
}

/**
 * The entries cleaned, deduplicated (the last one listed wins), completed with implied parent
 * directories, and sorted in walk order. The root itself is not an entry. Throws
 * `invalid build context: a: not a directory` when something is listed inside a file.
 */
export function normalizeListing(entries: readonly ContextEntry[]): ContextEntry[] {
  const byPath = new Map<string, ContextEntry>();
  for (const e of entries) {
    const path = cleanEntryPath(e.path);
    if (path === '') continue;
    byPath.set(path, { ...e, path });
  }
  for (const path of [...byPath.keys()]) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const existing = byPath.get(dir);
      if (existing === undefined) byPath.set(dir, { path: dir, kind: 'dir', implied: true });
      else if (existing.kind !== 'dir') throw contextNotADirectory(dir);
    }
  }
  return [...byPath.values()].sort((a, b) => compareWalkOrder(a.path, b.path));
}

/** True when `path` is `dir` or inside it (`dir` `""` is the root). */
export function isWithin(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`);
}
