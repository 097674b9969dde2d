/**
 * @module
 * `docker volume ls` (`GET /volumes`) and its filters — `dangling` (referenced by no container),
 * `name` (regular expression), `driver`, `label` — as moby's volume service applies them.
 */
import { boolFilter, matchesExact, matchesLabels, matchesPattern, validateFilters, type FilterArgs } from '../network/filter-args.js';
import { volumeWire, type Volume, type VolumeRecord } from './record.js';
import type { VolumeSlice } from './state.js';

/** Filters `GET /volumes` accepts. */
export const VOLUME_LIST_FILTERS = ['dangling', 'name', 'driver', 'label'] as const;

/** The answer of `GET /volumes`. */
export interface VolumeListResponse {
  readonly Volumes: readonly Volume[];
  readonly Warnings: readonly string[] | null;
}

/** Every volume, in creation order. */
export function volumesInOrder(slice: Pick<VolumeSlice, 'volumes'>): VolumeRecord[] {
  return [...slice.volumes.values()].sort((a, b) => a.internal.seq - b.internal.seq || (a.Name < b.Name ? -1 : 1));
}

/** The volumes matching `filters`. */
export function listVolumes(slice: VolumeSlice, filters: FilterArgs = {}): VolumeListResponse {
  validateFilters(filters, VOLUME_LIST_FILTERS);
  const dangling = 'dangling' in filters ? boolFilter(filters, 'dangling', false) : undefined;
  const volumes = volumesInOrder(slice).filter(
    (v) =>
      matchesExact(filters, 'driver', v.Driver) &&
      matchesPattern(filters, 'name', v.Name) &&
      matchesLabels(filters, 'label', v.Labels) &&
      (dangling === undefined || (v.internal.refs.length === 0) === dangling),
  );
  return { Volumes: volumes.map(volumeWire), Warnings: null };
}
