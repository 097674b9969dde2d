/**
 * @module
 * `docker system prune` as the CLI performs it: stopped containers, then unused networks, then
 * (with `--volumes`) unused anonymous volumes, then dangling
 * images (every unused image with `--all`) and the build cache, each with its own endpoint; this
 * gathers their reports into one.
 */
import type { FilterArgs } from '../network/filter-args.js';

/** Options of {@link SystemPruneReport}-producing prunes (`docker system prune`). */
export interface SystemPruneOptions {
  /** `--all`: unused images too, not just dangling ones. */
  readonly all?: boolean;
  /** `--volumes`: prune volumes too. */
  readonly volumes?: boolean;
  /** `--filter` (`until`, `label`, `label!`); volumes get the label filters only. */
  readonly filters?: FilterArgs;
}

/** What one `docker system prune` removed. */
export interface SystemPruneReport {
  readonly ContainersDeleted: readonly string[] | null;
  readonly NetworksDeleted: readonly string[] | null;
  readonly VolumesDeleted: readonly string[] | null;
  readonly ImagesDeleted: readonly { readonly Untagged?: string; readonly Deleted?: string }[] | null;
  readonly CachesDeleted: readonly string[] | null;
  /** Bytes reclaimed by all of them (`Total reclaimed space`). */
  readonly SpaceReclaimed: number;
}

/** The prune endpoints a system prune calls, in the CLI's order. */
export interface PruneSteps {
  containers(filters: FilterArgs): { readonly ContainersDeleted: readonly string[] | null; readonly SpaceReclaimed: number };
  networks(filters: FilterArgs): { readonly NetworksDeleted: readonly string[] | null };
  volumes(filters: FilterArgs): { readonly VolumesDeleted: readonly string[]; readonly SpaceReclaimed: number };
  images?(filters: FilterArgs): { readonly ImagesDeleted: SystemPruneReport['ImagesDeleted']; readonly SpaceReclaimed: number };
  buildCache?(all: boolean): { readonly CachesDeleted: readonly string[] | null; readonly SpaceReclaimed: number };
}

/** Runs the prunes of `docker system prune` and sums them up. */
export function systemPrune(steps: PruneSteps, options: SystemPruneOptions = {}): SystemPruneReport {
  const filters = options.filters ?? {};
  const containers = steps.containers(filters);
  const networks = steps.networks(filters);
  const { until: _until, ...labelFilters } = filters;
  // The CLI sends no `all` to the volume prune, even with `--all`: only anonymous volumes go.
  const volumes = options.volumes ? steps.volumes(labelFilters) : undefined;
  const images = steps.images?.({ ...filters, dangling: [options.all ? 'false' : 'true'] });
  const cache = steps.buildCache?.(options.all ?? false);
  return {
    ContainersDeleted: containers.ContainersDeleted,
    NetworksDeleted: networks.NetworksDeleted,
    VolumesDeleted: volumes && volumes.VolumesDeleted.length > 0 ? volumes.VolumesDeleted : null,
    ImagesDeleted: images?.ImagesDeleted ?? null,
    CachesDeleted: cache?.CachesDeleted ?? null,
    SpaceReclaimed: containers.SpaceReclaimed + (volumes?.SpaceReclaimed ?? 0) + (images?.SpaceReclaimed ?? 0) + (cache?.SpaceReclaimed ?? 0),
  };
}
