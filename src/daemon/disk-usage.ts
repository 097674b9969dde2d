/**
 * @module
 * `GET /system/df` (`docker system df`): what takes disk space on a host — images and their
 * layers, containers and their writable layers, local volumes with their size and how many
 * containers use them, the build cache — derived from the state of each domain.
 */
import type { ContainerSummary } from '../container/summary.js';
import type { ImageSummary } from '../image/list.js';
import { treeSize } from '../fs/tree.js';
import { volumesInOrder } from '../volume/list.js';
import { volumeWire, type Volume } from '../volume/record.js';
import type { VolumeSlice } from '../volume/state.js';

/** A build-cache row of `system df` (Engine API `BuildCache`; the builder supplies it). */
export interface DiskUsageCache {
  readonly ID: string;
  readonly Size: number;
  readonly InUse: boolean;
  readonly Shared: boolean;
  readonly [field: string]: unknown;
}

/** The answer of `GET /system/df` (Engine API `SystemDataUsageResponse`). */
export interface SystemDataUsage {
  readonly LayersSize: number;
  readonly Images: readonly ImageSummary[];
  readonly Containers: readonly ContainerSummary[];
  readonly Volumes: readonly Volume[];
  readonly BuildCache: readonly DiskUsageCache[];
}

/** Where the parts of `system df` that other layers own come from. */
export interface DiskUsageSources {
  readonly images?: () => { readonly layersSize: number; readonly images: readonly ImageSummary[] };
  readonly buildCache?: () => readonly DiskUsageCache[];
}

/** Local volumes without driver options, with `UsageData` (moby `LocalVolumesSize`). */
export function volumesUsage(slice: Pick<VolumeSlice, 'volumes'>): Volume[] {
  return volumesInOrder(slice)
    .filter((v) => v.Driver === 'local' && (v.Options === null || Object.keys(v.Options).length === 0))
    .map((v) => ({ ...volumeWire(v), UsageData: { Size: treeSize(v.internal.data), RefCount: v.internal.refs.length } }));
}

/** Assembles `system df` from its parts. */
export function systemDataUsage(containers: readonly ContainerSummary[], volumes: Pick<VolumeSlice, 'volumes'>, sources: DiskUsageSources = {}): SystemDataUsage {
  const images = sources.images?.() ?? { layersSize: 0, images: [] };
  return { LayersSize: images.layersSize, Images: images.images, Containers: containers, Volumes: volumesUsage(volumes), BuildCache: sources.buildCache?.() ?? [] };
}
