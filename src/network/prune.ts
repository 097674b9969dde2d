/**
 * @module
 * `docker network prune` (`POST /networks/prune`): removes every custom network without endpoints
 * that matches the `until`, `label` and `label!` filters; reports the names removed.
 */
import { filterValues, matchesLabels, matchesNoLabel, validateFilters, type FilterArgs } from './filter-args.js';
import { moreThanOneUntil } from '../core/messages/image.js';
import { parseTimeFilter } from '../image/filters.js';
import { networksInOrder } from './lookup.js';
import { isPredefinedNetwork, type NetworkRecord } from './record.js';
import { networkEndpoints, removeNetwork } from './remove.js';
import type { NetworkSlice } from './state.js';

/** Filters `POST /networks/prune` accepts. */
export const NETWORK_PRUNE_FILTERS = ['label', 'label!', 'until'] as const;

/** The answer of `POST /networks/prune`: `null` when nothing was removed, as Docker sends it. */
export interface NetworkPruneResponse {
  readonly NetworksDeleted: readonly string[] | null;
}

/** The `until` filter of a prune (moby `getUntilFromPruneFilters`). */
function untilFilter(values: readonly string[], nowMs: number): number | undefined {
  if (values.length === 0) return undefined;
  if (values.length > 1) throw moreThanOneUntil();
  return parseTimeFilter(values[0]!, nowMs);
}

/** The slice without its prunable networks, and the removed networks. */
export function pruneNetworks(state: NetworkSlice, filters: FilterArgs, nowMs: number): { readonly slice: NetworkSlice; readonly removed: readonly NetworkRecord[] } {
  validateFilters(filters, NETWORK_PRUNE_FILTERS);
  const until = untilFilter(filterValues(filters, 'until'), nowMs);
  let slice = state;
  const removed: NetworkRecord[] = [];
  for (const network of networksInOrder(state)) {
    if (network.ConfigOnly || isPredefinedNetwork(network.Name)) continue;
    if (until !== undefined && network.internal.createdMs > until) continue;
    if (!matchesLabels(filters, 'label', network.Labels) || !matchesNoLabel(filters, 'label!', network.Labels)) continue;
    if (networkEndpoints(slice, network.Id).length > 0) continue;
    slice = removeNetwork(slice, network);
    removed.push(network);
  }
  return { slice, removed };
}
