/**
 * @module
 * A directory of the CLI's machine as an immutable file tree — what `docker build` sends and
 * `docker cp` archives. A simulated host's filesystem hands out its own tree (unchanged parts
 * keep their identity, so a rebuild of an unchanged directory is recognised at once); any other
 * {@link ProcessFs} is read file by file.
 */
import { directoryNode, fileNode, symlinkNode, type FsNode } from '../fs/node.js';
import { putNode } from '../fs/tree.js';
import type { ProcessFs } from '../programs/types.js';

/** A filesystem that can hand out the tree under a path (the simulated host's `OverlayFs`). */
interface Snapshots {
  snapshot(path: string): FsNode | undefined;
}

const hasSnapshots = (fs: ProcessFs): fs is ProcessFs & Snapshots => typeof (fs as Partial<Snapshots>).snapshot === 'function';

/** The node at the absolute `path` (symlinks not followed); throws the filesystem's error when missing. */
export function hostTree(fs: ProcessFs, path: string): FsNode {
  if (hasSnapshots(fs)) {
    fs.lstat(path);
    const node = fs.snapshot(path);
    if (node) return node;
  }
  const stat = fs.lstat(path);
  const meta = { mode: stat.mode, uid: stat.uid, gid: stat.gid, mtime: stat.mtime };
  if (stat.kind === 'symlink') return symlinkNode(fs.readlink(path), meta);
  if (stat.kind === 'file') return fileNode(fs.readFile(path), meta);
  let dir = directoryNode(meta);
  for (const name of fs.readdir(path)) dir = putNode(dir, [name], hostTree(fs, `${path === '/' ? '' : path}/${name}`));
  return dir;
}
