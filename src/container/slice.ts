/**
 * @module
 * The containers' slice of a host's state: records by full id, and the name index (`/web` → id)
 * that makes names unique (moby's `containersReplica` name reservations). Both are `Table`s, so a
 * change costs the same at 10k containers as at 10.
 */
import { Table } from '../core/table.js';
import type { ContainerRecord } from './record.js';

/** The part of `HostState` the container layer owns. */
export interface ContainerSlice {
  /** Every container, by full id. */
  readonly containers: Table<ContainerRecord>;
  /** Reserved names (with their leading `/`) → container id. */
  readonly containerNames: Table<string>;
}

/** The slice of a new host: no containers. */
export function emptyContainerSlice(): ContainerSlice {
  return { containers: Table.empty(), containerNames: Table.empty() };
}
