/**
 * @module
 * What `ls -l` and `stat` show about a file: the mode string (`drwxr-xr-x`, with setuid/sticky
 * letters), link counts (a directory has 2 plus one per subdirectory), 512-byte blocks as a
 * 4 KiB-block filesystem allocates them, a stable inode number, owner and group names.
 */
import { fnv1a } from '../../core/random.js';
import type { FileStat, ProcessContext } from '../types.js';
import { accountOf, groupName } from './system-info.js';

/** `-rw-r--r--` for a stat. */
export function modeString(stat: FileStat): string {
  const type = stat.kind === 'directory' ? 'd' : stat.kind === 'symlink' ? 'l' : '-';
  const m = stat.mode;
  const bit = (mask: number, c: string): string => (m & mask ? c : '-');
  const special = (exec: boolean, set: boolean, on: string): string => (set ? (exec ? on : on.toUpperCase()) : exec ? 'x' : '-');
  return (
    type +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    special((m & 0o100) !== 0, (m & 0o4000) !== 0, 's') +
    bit(0o040, 'r') +
    bit(0o020, 'w') +
    special((m & 0o010) !== 0, (m & 0o2000) !== 0, 's') +
    bit(0o004, 'r') +
    bit(0o002, 'w') +
    special((m & 0o001) !== 0, (m & 0o1000) !== 0, 't')
  );
}

/** Hard links: 1 for files; 2 + subdirectories for a directory. */
export function linkCount(ctx: ProcessContext, path: string, stat: FileStat): number {
  if (stat.kind !== 'directory') return 1;
  let n = 2;
  try {
    for (const name of ctx.fs.readdir(path)) {
      try {
        if (ctx.fs.lstat(`${path === '/' ? '' : path}/${name}`).kind === 'directory') n++;
      } catch {
        // vanished while listing
      }
    }
  } catch {
    return 2;
  }
  return n;
}

/** 512-byte blocks allocated (4 KiB granularity; directories take one block). */
export function blocks(stat: FileStat): number {
  if (stat.kind === 'symlink') return 0;
  if (stat.kind === 'directory') return 8;
  return Math.ceil(stat.size / 4096) * 8;
}

/** A stable inode number for a path. */
export function inode(path: string): number {
  return (fnv1a(path) % 900000) + 100000;
}

/** The owner's name (or number). */
export function ownerName(ctx: ProcessContext, uid: number): string {
  return accountOf(ctx, uid)?.name ?? String(uid);
}

/** The group's name (or number). */
export function groupOf(ctx: ProcessContext, gid: number): string {
  return groupName(ctx, gid) ?? String(gid);
}

/** "regular file", "directory"… as stat's `%F`. */
export function fileType(stat: FileStat): string {
  if (stat.kind === 'directory') return 'directory';
  if (stat.kind === 'symlink') return 'symbolic link';
  return stat.size === 0 ? 'regular empty file' : 'regular file';
}

/** ls's date column: `Jan  1 00:00` within six months of `now`, else `Jan  1  2024`. */
export function lsDate(mtime: number, now: number): string {
  const d = new Date(mtime);
  const month = d.toUTCString().slice(8, 11);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const age = now - mtime;
  if (age < (365 / 2) * 86400000 && age > -15 * 60000) return `${month} ${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${month} ${day}  ${d.getUTCFullYear()}`;
}
