/**
 * @module
 * The volume slice of a host's state: volumes by name, and the host's own filesystem — what bind
 * mounts show inside containers and `host.fs` reads and writes.
 */
import { Table } from '../core/table.js';
import { buildTree } from '../fs/tree.js';
import type { DirectoryNode } from '../fs/node.js';
import type { VolumeRecord } from './record.js';

/** Everything the volume layer keeps for one host. */
export interface VolumeSlice {
  /** Volumes by name. */
  readonly volumes: Table<VolumeRecord>;
  /** The host machine's filesystem (bind mount sources). */
  readonly hostFs: DirectoryNode;
}

/** A fresh host: no volumes, a filesystem with the usual top directories. */
export function initialVolumeSlice(nowMs: number): VolumeSlice {
  const dir = { dir: true as const, mtime: nowMs };
  return { volumes: Table.empty(), hostFs: buildTree({ home: dir, tmp: { dir: true, mode: 0o1777, mtime: nowMs }, srv: dir }, { mtime: nowMs }) };
}
