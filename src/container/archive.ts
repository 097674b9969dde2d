/**
 * @module
 * `docker cp` on the daemon side (moby `daemon/archive.go`): `HEAD /containers/{id}/archive` stats a
 * path (the `X-Docker-Container-Path-Stat` JSON, with Go `os.FileMode` bits), `GET` returns a tar
 * whose top entry is the path's basename (a directory with its contents), `PUT` extracts a tar into
 * an existing directory — entries may not climb out of it, and with `noOverwriteDirNonDir` may not
 * replace a directory by a file or the reverse; ownership becomes root unless `copyUIDGID`.
 */
import { DockerError } from '../core/errors.js';
import { archiveBreakout, cannotOverwrite, extractionPointNotDirectory, fileNotFoundInContainer } from '../core/messages/containers.js';
import { formatTimestamp } from '../core/time.js';
import { directoryNode, type DirectoryNode, type FsNode } from '../fs/node.js';
import type { OverlayFs } from '../fs/overlay-fs.js';
import { baseName, normalizePath, rawComponents } from '../fs/path.js';
import { readTar } from '../fs/tar-read.js';
import { treeToTar } from '../fs/tar-write.js';
import { putNode } from '../fs/tree.js';
import { FsError, type FileStat } from '../programs/types.js';

/** `X-Docker-Container-Path-Stat` (Engine API `ContainerPathStat`). */
export interface ContainerPathStat {
  readonly name: string;
  readonly size: number;
  /** Go `os.FileMode`: permission bits, 2^31 for a directory, 2^27 for a symlink. */
  readonly mode: number;
  /** RFC 3339. */
  readonly mtime: string;
  readonly linkTarget: string;
}

/** `GET /containers/{id}/archive` answer: the stat and the tar. */
export interface ContainerArchive {
  readonly stat: ContainerPathStat;
  readonly tar: Uint8Array;
}

/** Query of `PUT /containers/{id}/archive`. */
export interface PutArchiveOptions {
  readonly noOverwriteDirNonDir?: boolean;
  readonly copyUIDGID?: boolean;
}

/** Go's `os.ModeDir` and `os.ModeSymlink`. */
export const GO_MODE_DIR = 2 ** 31;
export const GO_MODE_SYMLINK = 2 ** 27;

/** A stat as Go's `os.FileMode` (added, not OR-ed: JS bit operators are 32-bit signed). */
export function goFileMode(stat: Pick<FileStat, 'kind' | 'mode'>): number {
  const perm = stat.mode & 0o777;
  return stat.kind === 'directory' ? GO_MODE_DIR + perm : stat.kind === 'symlink' ? GO_MODE_SYMLINK + perm : perm;
}

function lstatOrNotFound(fs: OverlayFs, path: string, name: string): FileStat {
  try {
    return fs.lstat(path);
  } catch (error) {
    if (error instanceof FsError) throw fileNotFoundInContainer(path, name);
    throw error;
  }
}

/** The stat of `path` in the container (`name` as the user typed it, for the 404). */
export function statPath(fs: OverlayFs, path: string, name: string): ContainerPathStat {
  const stat = lstatOrNotFound(fs, normalizePath(path), name);
  const base = normalizePath(path) === '/' ? '/' : baseName(normalizePath(path));
  return { name: base, size: stat.size, mode: goFileMode(stat), mtime: formatTimestamp(stat.mtime), linkTarget: stat.kind === 'symlink' ? (stat.target ?? '') : '' };
}

/** `GET /containers/{id}/archive?path=`: the path as a tar with its basename on top. */
export function archivePath(fs: OverlayFs, path: string, name: string): ContainerArchive {
  const stat = statPath(fs, path, name);
  const node = fs.snapshot(normalizePath(path));
  if (!node) throw fileNotFoundInContainer(path, name);
  const top = stat.name === '/' ? '.' : stat.name;
  const root = top === '.' && node.kind === 'directory' ? node : putNode(directoryNode(), [top], node as FsNode);
  return { stat, tar: treeToTar(root as DirectoryNode) };
}

/** `PUT /containers/{id}/archive?path=`: extracts `tar` into the directory `path`. */
export async function extractArchive(fs: OverlayFs, path: string, name: string, tar: Uint8Array, options: PutArchiveOptions = {}): Promise<void> {
  const dest = normalizePath(path);
  let target: FileStat;
  try {
    target = fs.stat(dest);
  } catch (error) {
    if (error instanceof FsError) throw fileNotFoundInContainer(path, name);
    throw error;
  }
  if (target.kind !== 'directory') throw extractionPointNotDirectory();
  // Check every entry before writing anything: a bad archive changes nothing. The reader
  // normalizes names, so the climb-out check reads the raw ustar headers (go-archive's Unpack).
  for (const raw of rawTarNames(tar)) {
    let depth = 0;
    for (const part of rawComponents(raw)) {
      depth += part === '..' ? -1 : part === '.' ? 0 : 1;
      if (depth < 0) throw archiveBreakout(raw, dest);
    }
  }
  const entries = await readTar(tar);
  const planned = entries.map((entry) => {
    const at = normalizePath(`${dest}/${entry.path}`);
    if (options.noOverwriteDirNonDir && fs.exists(at)) {
      const existing = fs.lstat(at);
      if (existing.kind === 'directory' && entry.kind !== 'directory') throw cannotOverwrite('directory', at, entry.path);
      if (existing.kind !== 'directory' && entry.kind === 'directory') throw cannotOverwrite('non-directory', at, entry.path);
    }
    return { entry, at };
  });
  try {
    for (const { entry, at } of planned) {
      const uid = options.copyUIDGID ? entry.uid : 0;
      const gid = options.copyUIDGID ? entry.gid : 0;
      if (entry.kind === 'directory') {
        if (!fs.exists(at)) fs.mkdir(at, { recursive: true, mode: entry.mode });
        fs.chmod(at, entry.mode & 0o7777);
      } else if (entry.kind === 'symlink') {
        if (fs.exists(at) || isLink(fs, at)) fs.rm(at, { recursive: true });
        fs.symlink(entry.linkTarget, at);
      } else if (entry.kind === 'file') {
        if (isLink(fs, at) || (fs.exists(at) && fs.lstat(at).kind === 'directory')) fs.rm(at, { recursive: true });
        fs.writeFile(at, entry.data, { mode: entry.mode & 0o7777 });
        fs.chmod(at, entry.mode & 0o7777);
      } else {
        fs.writeFile(at, fs.readFile(normalizePath(`${dest}/${entry.linkTarget}`)), { mode: entry.mode & 0o7777 });
      }
      if (entry.kind === 'symlink') continue;
      fs.chown(at, uid, gid);
      fs.utimes(at, entry.mtime);
    }
  } catch (error) {
    if (error instanceof FsError) throw new DockerError(error.code === 'EROFS' ? 'Forbidden' : 'Internal', error.message);
    throw error;
  }
}

/** Entry names as written in the ustar headers (prefix + name), without normalization. */
function rawTarNames(tar: Uint8Array): string[] {
  const names: string[] = [];
  const text = (from: number, to: number) => new TextDecoder().decode(tar.subarray(from, to)).replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = text(at, at + 100);
    if (name === '') break;
    const prefix = text(at + 345, at + 500);
    names.push(prefix ? `${prefix}/${name}` : name);
    const size = parseInt(text(at + 124, at + 136).trim() || '0', 8) || 0;
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

function isLink(fs: OverlayFs, path: string): boolean {
  try {
    return fs.lstat(path).kind === 'symlink';
  } catch {
    return false;
  }
}
