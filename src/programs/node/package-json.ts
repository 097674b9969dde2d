/**
 * @module
 * Reading `package.json` as node and the package managers do: the nearest one above a script
 * (how `node` tells which package a script belongs to) and its fields.
 */
import type { ProcessFs } from '../types.js';

/** The fields of package.json the simulation uses. */
export interface PackageJson {
  readonly name?: string;
  readonly version?: string;
  readonly scripts?: { readonly [name: string]: string };
  readonly dependencies?: { readonly [name: string]: string };
  readonly devDependencies?: { readonly [name: string]: string };
}

/** Parses `dir/package.json`; undefined when absent or not JSON. */
export function readPackageJson(fs: ProcessFs, dir: string): PackageJson | undefined {
  const path = `${dir === '/' ? '' : dir}/package.json`;
  if (!fs.exists(path)) return undefined;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(fs.readFile(path)));
    return typeof parsed === 'object' && parsed !== null ? (parsed as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}

/** The directory name of an absolute path. */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Resolves `path` against `cwd`, normalising `.` and `..`. */
export function resolvePath(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** The nearest package.json at or above `dir`, with the directory holding it. */
export function nearestPackage(fs: ProcessFs, dir: string): { readonly dir: string; readonly pkg: PackageJson } | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const pkg = readPackageJson(fs, d);
    if (pkg) return { dir: d, pkg };
    if (d === '/') return undefined;
  }
}
