/**
 * @module
 * POSIX path handling for the simulated filesystems (no `node:path`: this runs in browsers):
 * splitting into components, lexical normalization, joining.
 */

/** The components of a path, with `.` and empty components dropped and `..` resolved lexically. */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** The components of a path without resolving `..` (symlink-aware walkers need them raw). */
export function rawComponents(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

/** The absolute, lexically normalized form of `path` (`/a/b/../c/` → `/a/c`). */
export function normalizePath(path: string): string {
  return '/' + splitPath(path).join('/');
}

/** Joins components into an absolute path. */
export function joinPath(components: readonly string[]): string {
  return '/' + components.join('/');
}

/** Resolves `path` against the directory `cwd` (absolute paths ignore `cwd`). */
export function resolvePath(cwd: string, path: string): string {
  return path.startsWith('/') ? normalizePath(path) : normalizePath(`${cwd}/${path}`);
}

/** The last component of a path (`/` for the root). */
export function baseName(path: string): string {
  const parts = splitPath(path);
  return parts.length === 0 ? '/' : parts[parts.length - 1]!;
}

/** The parent directory of a path (`/` for the root and for top-level names). */
export function dirName(path: string): string {
  const parts = splitPath(path);
  return joinPath(parts.slice(0, -1));
}

/** True when `path` is `prefix` or lies below it (both absolute and normalized). */
export function isUnder(path: string, prefix: string): boolean {
  return prefix === '/' || path === prefix || path.startsWith(prefix + '/');
}
