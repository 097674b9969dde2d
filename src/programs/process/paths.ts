/**
 * @module
 * POSIX path arithmetic as programs do it on a process's filesystem: joining against the working
 * directory, normalizing `.` and `..` lexically (as `cd` without `-P` does), basename/dirname
 * with coreutils' rules for trailing slashes.
 */

/** Normalizes an absolute path lexically: collapses `//`, `.` and `..` (never above `/`). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** `path` made absolute against `cwd`, normalized. */
export function resolvePath(cwd: string, path: string): string {
  return normalizePath(path.startsWith('/') ? path : `${cwd}/${path}`);
}

/** The last component (`basename /usr/bin/` → `bin`; `/` stays `/`). */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path === '' ? '' : '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Everything before the last component (`dirname a` → `.`, `dirname /a` → `/`). */
export function dirName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  const head = trimmed.slice(0, i).replace(/\/+$/, '');
  return head === '' ? '/' : head;
}
