/**
 * @module
 * The state of one host's daemon: its identity, its event log and the slices each domain adds
 * (images, containers, networks, volumes…). Plain, frozen data; changed only by commits.
 */
import type { DockerEvent } from '../core/events.js';
import type { NetworkSlice } from '../network/state.js';
import type { VolumeSlice } from '../volume/state.js';
import type { ContainerSlice } from '../container/slice.js';
import type { ImageSlice } from '../image/records.js';

/** How many events a daemon keeps for `docker events --since` (moby `eventsLimit`). */
export const EVENT_LOG_LIMIT = 256;

/** Identity and bookkeeping of one simulated daemon. */
export interface DaemonSlice {
  /** The host's name in the world (`default`, `ci`, …). */
  readonly name: string;
  /** The engine id, a UUID as Docker ≥ 23 reports in `docker info`. */
  readonly id: string;
  /** The host name the daemon reports (`Name` in `docker info`). */
  readonly hostname: string;
  /** When this daemon started (virtual epoch ms). */
  readonly startedAt: number;
  /** Monotonic counter ordering objects created in the same virtual instant. */
  readonly seq: number;
  /** The most recent events, oldest first, at most {@link EVENT_LOG_LIMIT}. */
  readonly events: readonly DockerEvent[];
}

/** The whole state of one host. Domains extend it with their slices as they land. */
export type HostState = DaemonSlice & ImageSlice & ContainerSlice & NetworkSlice & VolumeSlice;
