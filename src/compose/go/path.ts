/**
 * @module
 * Go's `path/filepath` on Unix (Clean, Join, Dir, Base, IsAbs, Abs), for the project paths Compose
 * resolves: compose files, the project directory, build contexts, bind mounts, env files.
 */

/** `filepath.Clean`: the shortest equivalent path (no `.`, no `..` after a name, no `//`). */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined === '' ? '.' : joined;
}

/** `filepath.Join`: joins the non-empty elements and cleans the result. */
export function joinPath(...parts: readonly string[]): string {
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? '' : cleanPath(kept.join('/'));
}

/** `filepath.IsAbs`. */
export const isAbsPath = (path: string): boolean => path.startsWith('/');

/** `filepath.Abs` against a working directory. */
export const absPath = (path: string, workingDir: string): string => (isAbsPath(path) ? cleanPath(path) : joinPath(workingDir, path));

/** `filepath.Dir`. */
export function dirPath(path: string): string {
  const i = path.lastIndexOf('/');
  return cleanPath(i < 0 ? '.' : path.slice(0, i + 1));
}

/** `filepath.Base`. */
export function basePath(path: string): string {
  if (path === '') return '.';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
