/**
 * @module
 * Writing a computed network slice back into a host's draft state, so a verb can be a pure
 * function from the current slice to the next one (and the daemon one commit).
 */
import type { Draft } from 'immer';
import type { NetworkSlice } from './state.js';

/** The names of the network slice's fields. */
export const NETWORK_SLICE_KEYS = ['networks', 'endpoints', 'ipPools', 'dnsRecords', 'portLeases', 'portCursors', 'sandboxes'] as const;

/** Copies `slice`'s tables into `draft` (tables are immutable values: this is cheap). */
export function writeNetworkSlice(draft: Draft<NetworkSlice>, slice: NetworkSlice): void {
  const target = draft as { -readonly [K in keyof NetworkSlice]: NetworkSlice[K] };
  for (const key of NETWORK_SLICE_KEYS) (target as Record<string, unknown>)[key] = slice[key];
}

/** The network slice of a host state. */
export function readNetworkSlice(state: NetworkSlice): NetworkSlice {
  const out: Record<string, unknown> = {};
  for (const key of NETWORK_SLICE_KEYS) out[key] = state[key];
  return out as unknown as NetworkSlice;
}
