/**
 * @module
 * `docker volume prune` (`POST /volumes/prune`): removes unreferenced local volumes — only
 * anonymous ones unless `all=true` (API ≥ 1.42) — matching `label` / `label!`; reports their
 * names and the bytes reclaimed.
 */
import { DockerError } from '../core/errors.js';
import { filterValues, matchesLabels, matchesNoLabel, validateFilters, type FilterArgs } from '../network/filter-args.js';
import { treeSize } from '../fs/tree.js';
import { volumesInOrder } from './list.js';
import { isAnonymous, type VolumeRecord } from './record.js';
import type { VolumeSlice } from './state.js';

/** Filters `POST /volumes/prune` accepts. */
export const VOLUME_PRUNE_FILTERS = ['label', 'label!', 'all'] as const;

/** The answer of `POST /volumes/prune`. */
export interface VolumePruneResponse {
  readonly VolumesDeleted: readonly string[];
  readonly SpaceReclaimed: number;
}

function pruneAll(filters: FilterArgs): boolean {
  const all = filterValues(filters, 'all');
  if (all.length > 1) throw new DockerError('InvalidParameter', `invalid filter 'all=[${all.join(' ')}]': only one value is expected`);
  if (all.length === 0) return false;
  const v = all[0]!.toLowerCase();
  if (['1', 't', 'true'].includes(v)) return true;
  if (['0', 'f', 'false'].includes(v)) return false;
  throw new DockerError('InvalidParameter', `invalid filter 'all': strconv.ParseBool: parsing ${JSON.stringify(all[0])}: invalid syntax`);
}

/** The slice without its prunable volumes, and those volumes. */
export function pruneVolumes(slice: VolumeSlice, filters: FilterArgs = {}): { readonly slice: VolumeSlice; readonly removed: readonly VolumeRecord[]; readonly reclaimed: number } {
  validateFilters(filters, VOLUME_PRUNE_FILTERS);
  const all = pruneAll(filters);
  let volumes = slice.volumes;
  const removed: VolumeRecord[] = [];
  let reclaimed = 0;
  for (const v of volumesInOrder(slice)) {
    if (v.Driver !== 'local' || v.internal.refs.length > 0 || (v.Options && Object.keys(v.Options).length > 0)) continue;
    if (!all && !isAnonymous(v)) continue;
    if (!matchesLabels(filters, 'label', v.Labels) || !matchesNoLabel(filters, 'label!', v.Labels)) continue;
    volumes = volumes.delete(v.Name);
    removed.push(v);
    reclaimed += treeSize(v.internal.data);
  }
  return { slice: { ...slice, volumes }, removed, reclaimed };
}
