/**
 * @module
 * Finding a network the way the daemon does (moby `daemon.FindNetwork`): an exact id, then an
 * exact name, then a unique id prefix; `network <term> not found` otherwise.
 */
import { networkAmbiguousPrefix, networkNotFound } from '../core/messages/network.js';
import type { NetworkRecord } from './record.js';
import type { NetworkSlice } from './state.js';

/** The network `term` names (id, name or id prefix); throws Docker's error when there is none. */
export function findNetwork(state: Pick<NetworkSlice, 'networks'>, term: string): NetworkRecord {
  const found = lookupNetwork(state, term);
  if (!found) throw networkNotFound(term);
  return found;
}

/** Like {@link findNetwork} but `undefined` when nothing matches (ambiguity still throws). */
export function lookupNetwork(state: Pick<NetworkSlice, 'networks'>, term: string): NetworkRecord | undefined {
  const byId = state.networks.get(term);
  if (byId) return byId;
  let byName: NetworkRecord | undefined;
  const byPrefix: NetworkRecord[] = [];
  for (const network of state.networks.values()) {
    if (network.Name === term) byName = network;
    if (network.Id.startsWith(term)) byPrefix.push(network);
  }
  if (byName) return byName;
  if (byPrefix.length > 1) throw networkAmbiguousPrefix(term, byPrefix.length);
  return byPrefix[0];
}

/** Every network, in creation order. */
export function networksInOrder(state: Pick<NetworkSlice, 'networks'>): NetworkRecord[] {
  return [...state.networks.values()].sort((a, b) => a.internal.seq - b.internal.seq);
}
