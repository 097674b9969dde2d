/**
 * @module
 * The local half of `docker cp` (moby/go-archive as docker/cli uses it): a host path archived
 * with its basename on top (`TarResource`; a path ending in `/.` archives the contents), entry
 * names rebased so the copy lands under the destination's name (`RebaseArchiveEntries`), and a
 * tar extracted into a host directory (`Untar` with `NoOverwriteDirNonDir`). Paths are absolute
 * paths of the simulated host's filesystem.
 */
import { directoryNode, type DirectoryNode, type FsNode } from '../../../fs/node.js';
import { readTarSync } from '../../../fs/tar-read.js';
import { treeToTar } from '../../../fs/tar-write.js';
import { putNode } from '../../../fs/tree.js';
import type { ProcessFs } from '../../../programs/types.js';
import { goPathError } from '../../host-files.js';
import { hostTree } from '../../host-tree.js';

/** `archive.SplitPathDirEntry`: the parent and the last element, a trailing `/.` kept as `.`. */
export function splitPathDirEntry(path: string): { readonly dir: string; readonly base: string } {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  const current = /(^|\/)\.$/.test(path);
  if (current) return { dir: `/${parts.join('/')}`, base: '.' };
  const base = parts.pop() ?? '/';
  return { dir: `/${parts.join('/')}`, base };
}

/** True when the path ends with `/` or `/.` (it asserts a directory). */
export function assertsDirectory(path: string): boolean {
  return path.endsWith('/') || /(^|\/)\.$/.test(path);
}

/** `archive.TarResource`: `path` (absolute) as a tar whose top entry is named `as` (default its basename). */
export function tarHostPath(fs: ProcessFs, path: string, as?: string): Uint8Array {
  const clean = path.replace(/\/\.$/, '').replace(/\/+$/, '') || '/';
  let node: FsNode;
  try {
    node = hostTree(fs, clean);
  } catch (error) {
    throw goPathError('lstat', clean, error);
  }
  const { base } = splitPathDirEntry(path);
  if (base === '.' && node.kind === 'directory') return treeToTar(node);
  return treeToTar(putNode(directoryNode(), [as ?? base], node) as DirectoryNode);
}

/** Extracts `tar` into the host directory `dir`, renaming a leading `from` to `to` (`RebaseArchiveEntries`). */
export function untarIntoHost(fs: ProcessFs, dir: string, tar: Uint8Array, rebase?: { readonly from: string; readonly to: string }): void {
  for (const entry of readTarSync(tar)) {
    let name = entry.path;
    if (rebase && rebase.from !== '/' && name.startsWith(rebase.from)) name = rebase.to + name.slice(rebase.from.length);
    const at = `${dir === '/' ? '' : dir}/${name}`;
    const existing = fs.exists(at) ? fs.lstat(at) : undefined;
    if (existing?.kind === 'directory' && entry.kind !== 'directory') throw new Error(`cannot overwrite directory "${at}" with non-directory "${name}"`);
    if (existing && existing.kind !== 'directory' && entry.kind === 'directory') throw new Error(`cannot overwrite non-directory "${at}" with directory "${name}"`);
    if (entry.kind === 'directory') {
      if (!existing) fs.mkdir(at, { recursive: true, mode: entry.mode });
    } else if (entry.kind === 'symlink') {
      if (existing) fs.rm(at);
      fs.symlink(entry.linkTarget, at);
    } else if (entry.kind === 'file') {
      fs.writeFile(at, entry.data, { mode: entry.mode });
      fs.chmod(at, entry.mode & 0o7777);
    }
    if (entry.kind !== 'symlink' && entry.kind !== 'hardlink') fs.utimes(at, entry.mtime);
  }
}
