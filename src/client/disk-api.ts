/**
 * @module
 * Disk usage and pruning in {@link DockerClient}: `GET /system/df` (`systemDataUsage`) and a
 * `systemPrune` that runs the prunes of `docker system prune` in the CLI's order and sums them up.
 */
import type { SystemDataUsage } from '../daemon/disk-usage.js';
import type { SystemPruneOptions, SystemPruneReport } from '../daemon/system-prune.js';

/** Disk operations. */
export interface DiskApi {
  /** `GET /system/df`: images, containers, local volumes (with `UsageData`) and build cache. */
  systemDataUsage(): Promise<SystemDataUsage>;
  /** `docker system prune [--all] [--volumes] [--filter …]`: every prune, one report. */
  systemPrune(options?: SystemPruneOptions): Promise<SystemPruneReport>;
}
