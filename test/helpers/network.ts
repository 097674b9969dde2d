/**
 * @module
 * Helpers for the network layer's own tests: a fresh slice with deterministic ids, and terse
 * create/attach calls. Not exported from the package.
 */
import { Random } from '../../src/core/random.js';
import { idGenerator } from '../../src/core/ids.js';
import { createNetwork, type NetworkCreateRequest } from '../../src/network/create.js';
import type { ContainerNet } from '../../src/network/container-net.js';
import type { NetworkEntropy } from '../../src/network/sandbox.js';
import { initialNetworkSlice, type NetworkSlice } from '../../src/network/state.js';

/** Deterministic ids, bytes and sequence numbers. */
export function testEntropy(seed = 1): NetworkEntropy {
  const random = new Random(seed);
  const newId = idGenerator(random);
  let seq = 0;
  return { newId, bytes: (n) => random.bytes(n), nextSeq: () => ++seq };
}

/** A fresh daemon's network slice. */
export function freshSlice(entropy: NetworkEntropy = testEntropy()): NetworkSlice {
  return initialNetworkSlice(() => entropy.newId(), Date.UTC(2025, 0, 1));
}

const shared = testEntropy(99);

/** Creates a network; returns the new slice and its record. */
export function create(slice: NetworkSlice, req: NetworkCreateRequest, entropy: NetworkEntropy = shared) {
  const made = createNetwork(slice, req, { id: entropy.newId(), nowMs: Date.UTC(2025, 0, 1), seq: slice.networks.size });
  return { slice: { ...slice, networks: slice.networks.set(made.record.Id, made.record), ipPools: made.ipPools }, record: made.record };
}

/** A container view for network tests. */
export function container(id: string, name: string, overrides: Partial<ContainerNet> = {}): ContainerNet {
  return {
    id,
    name,
    hostname: id.slice(0, 12),
    networkMode: 'bridge',
    networks: {},
    publish: { exposed: [], bindings: {}, publishAll: false },
    links: [],
    extraHosts: [],
    ...overrides,
  };
}

/** A 64-hex container id from a small number. */
export function cid(n: number): string {
  return `c${n.toString(16).padStart(11, '0')}`.padEnd(64, 'a');
}
