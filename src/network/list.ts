/**
 * @module
 * `docker network ls` (`GET /networks`) and its filters — `driver`, `id`, `label`, `name`,
 * `scope`, `type=custom|builtin`, `dangling` — with moby's matching rules (daemon/network/filter.go).
 * The list omits endpoints (`Containers` is empty, as in the API since 1.28).
 */
import { boolFilter, filterValues, matchesExact, matchesLabels, matchesPattern, validateFilters, type FilterArgs } from './filter-args.js';
import { invalidDanglingFilter, invalidNetworkTypeFilter, multipleDanglingFilters } from '../core/messages/network.js';
import { networksInOrder } from './lookup.js';
import { isPredefinedNetwork, networkInspect, type NetworkInspect, type NetworkRecord } from './record.js';
import type { NetworkSlice } from './state.js';

/** Filters `GET /networks` accepts. */
export const NETWORK_LIST_FILTERS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'] as const;

/** True when a network is in use: predefined, or with at least one endpoint. */
export function networkInUse(state: Pick<NetworkSlice, 'endpoints'>, network: NetworkRecord): boolean {
  return isPredefinedNetwork(network.Name) || (state.endpoints.get(network.Id)?.size ?? 0) > 0;
}

/** The networks matching `filters`, in creation order, as `GET /networks` returns them. */
export function listNetworks(state: NetworkSlice, filters: FilterArgs = {}): NetworkInspect[] {
  validateFilters(filters, NETWORK_LIST_FILTERS);
  let dangling: boolean | undefined;
  const danglingValues = filterValues(filters, 'dangling');
  if (danglingValues.length > 1) throw multipleDanglingFilters();
  if (danglingValues.length === 1) {
    if (!['0', '1', 'true', 'false'].includes(danglingValues[0]!)) throw invalidDanglingFilter();
    dangling = boolFilter(filters, 'dangling', false);
  }
  const types = filterValues(filters, 'type');
  for (const t of types) if (t !== 'custom' && t !== 'builtin') throw invalidNetworkTypeFilter(t);
  return networksInOrder(state)
    .filter(
      (n) =>
        matchesExact(filters, 'driver', n.Driver) &&
        matchesPattern(filters, 'name', n.Name) &&
        matchesPattern(filters, 'id', n.Id) &&
        matchesLabels(filters, 'label', n.Labels) &&
        matchesExact(filters, 'scope', n.Scope) &&
        (dangling === undefined || (dangling ? !networkInUse(state, n) : networkInUse(state, n))) &&
        (types.length === 0 || types.includes(isPredefinedNetwork(n.Name) ? 'builtin' : 'custom')),
    )
    .map((n) => networkInspect(n, []));
}
