/**
 * @module
 * Go's slash-separated `path` functions (`Clean`, `Join`, `Dir`, `Base`, `IsAbs`, and
 * `filepath.Abs`), which on Linux are what `path/filepath` does too. The builder cleans
 * `.dockerignore` patterns, COPY sources and WORKDIR paths with them, and Compose its project
 * paths (compose files, contexts, bind mounts, env files), so `./a//b/../c` becomes `a/c` exactly
 * as Go makes it.
 */

/** Go `path.Clean`: the shortest equivalent path (`""` → `"."`, `/..` → `/`). */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else {
      out.push(part);
    }
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** Go `path.Join`: joins the non-empty elements and cleans the result (`""` if all are empty). */
export function joinPath(...elements: readonly string[]): string {
  const parts = elements.filter((e) => e !== '');
  return parts.length === 0 ? '' : cleanPath(parts.join('/'));
}

/** Go `path.Dir`: everything but the last element, cleaned. */
export function dirPath(path: string): string {
  const i = path.lastIndexOf('/');
  return cleanPath(path.slice(0, i + 1));
}

/** Go `path.Base`: the last element (`""` → `"."`, `"/"` → `"/"`). */
export function basePath(path: string): string {
  if (path === '') return '.';
  let p = path;
  while (p.length > 0 && p.endsWith('/')) p = p.slice(0, -1);
  if (p === '') return '/';
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Go `path.IsAbs`. */
export function isAbsPath(path: string): boolean {
  return path.startsWith('/');
}

/** Go `filepath.Abs` against a working directory. */
export const absPath = (path: string, workingDir: string): string => (isAbsPath(path) ? cleanPath(path) : joinPath(workingDir, path));
