/**
 * @module
 * The in-process system operations of {@link DockerClient}: ping, version, info, events, disk usage and prune, called on the
 * daemon directly with the clock held (see ./context.ts).
 */
import type { DockerEvent } from '../../core/events.js';
import type { SystemDataUsage } from '../../daemon/disk-usage.js';
import type { SystemEventsOptions } from '../system-api.js';
import type { SystemInfo } from '../../daemon/info.js';
import type { SystemPruneOptions, SystemPruneReport } from '../../daemon/system-prune.js';
import type { SystemVersion } from '../../daemon/version.js';
import type { DockerClient } from '../docker-client.js';
import type { InProcessContext } from './context.js';

/** The system operations of an in-process client. */
export type InProcessSystemOperations = Pick<DockerClient, 'systemPing' | 'systemVersion' | 'systemInfo' | 'systemEvents' | 'systemDataUsage' | 'systemPrune'>;

/** Binds the system operations to a daemon. */
export function systemOperations(ctx: InProcessContext): InProcessSystemOperations {
  return {
    systemPing(): Promise<string> {
      return ctx.call(() => ctx.daemon.ping());
    },

    systemVersion(): Promise<SystemVersion> {
      return ctx.call(() => ctx.daemon.version());
    },

    systemInfo(): Promise<SystemInfo> {
      return ctx.call(() => ctx.daemon.info());
    },

    systemEvents(options: SystemEventsOptions = {}): AsyncIterable<DockerEvent> {
      return ctx.stream(() => ctx.daemon.events(options), options.until !== undefined);
    },

    systemDataUsage(): Promise<SystemDataUsage> {
      return ctx.call(() => ctx.daemon.dataUsage());
    },

    systemPrune(options: SystemPruneOptions = {}): Promise<SystemPruneReport> {
      return ctx.call(() => ctx.daemon.prune(options));
    },
  };
}
