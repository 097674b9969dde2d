/**
 * @module
 * The system part of {@link DockerClient}: ping, version, info, events.
 */
import type { DockerEvent } from '../core/events.js';
import type { SystemInfo } from '../daemon/info.js';
import type { SystemVersion } from '../daemon/version.js';

/** Options of `systemEvents` (`GET /events`). */
export interface SystemEventsOptions {
  /** Replay logged events from this virtual time (epoch ms). */
  readonly since?: number;
  /** Stop at this virtual time (epoch ms). */
  readonly until?: number;
  /** Filters as `docker events --filter` (`type`, `event`, `container`, `image`, `label`, …). */
  readonly filters?: { readonly [name: string]: readonly string[] };
  /** Ends the stream. */
  readonly signal?: AbortSignal;
}

/** System operations of the Engine API. */
export interface SystemApi {
  /** `GET /_ping` → `"OK"`. */
  systemPing(): Promise<string>;
  /** `GET /version`. */
  systemVersion(): Promise<SystemVersion>;
  /** `GET /info`. */
  systemInfo(): Promise<SystemInfo>;
  /** `GET /events`: an async iterable of events; ends at `until` or when `signal` aborts. */
  systemEvents(options?: SystemEventsOptions): AsyncIterable<DockerEvent>;
}
