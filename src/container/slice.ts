/**
 * @module
 * The containers' slice of a host's state: records by full id, the name index (`/web` → id) that
 * makes names unique (moby's `containersReplica` name reservations), each container's writable
 * layer (overlay2's `diff` directory: present once something was written), its exec instances
 * (moby's exec store) and its json-file log. All are `Table`s, so a change costs the same at 10k
 * containers as at 10, and a snapshot shares everything it did not change.
 */
import { Table } from '../core/table.js';
import type { DirectoryNode } from '../fs/node.js';
import type { ExecRecord } from './exec.js';
import type { ContainerLog } from './log-record.js';
import type { ContainerRecord } from './record.js';

/** The part of `HostState` the container layer owns. */
export interface ContainerSlice {
  /** Every container, by full id. */
  readonly containers: Table<ContainerRecord>;
  /** Reserved names (with their leading `/`) → container id. */
  readonly containerNames: Table<string>;
  /** Writable layers (diff trees with whiteouts) by container id; absent while nothing was written. */
  readonly containerLayers: Table<DirectoryNode>;
  /** Exec instances by exec id (until their container is removed). */
  readonly execs: Table<ExecRecord>;
  /** Logs by container id (absent until the first line). */
  readonly containerLogs: Table<ContainerLog>;
}

/** The slice of a new host: no containers. */
export function emptyContainerSlice(): ContainerSlice {
  return { containers: Table.empty(), containerNames: Table.empty(), containerLayers: Table.empty(), execs: Table.empty(), containerLogs: Table.empty() };
}
