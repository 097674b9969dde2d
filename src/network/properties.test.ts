/**
 * The network properties over random operation sequences: no two endpoints of a network
 * share an address, every address lies in its subnet, released addresses come back, and a host
 * port is held by at most one running container.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cid, container, create, freshSlice, testEntropy } from '../../test/helpers/network.js';
import { connectContainer, disconnectContainer } from './connect.js';
import type { ContainerNet } from './container-net.js';
import type { EndpointSettings } from './endpoint-settings.js';
import type { PublishSpec } from './ports/publish.js';
import { networkInvariantViolations } from './invariants.js';
import { lookupNetwork } from './lookup.js';
import { startNetworking, stopNetworking } from './sandbox.js';
import { resolveName } from './stack/resolver.js';
import type { NetworkSlice } from './state.js';

type Op =
  | { t: 'net'; n: number; tiny: boolean }
  | { t: 'start'; c: number; n: number; port: number | null }
  | { t: 'stop'; c: number }
  | { t: 'connect'; c: number; n: number }
  | { t: 'disconnect'; c: number; n: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('net' as const), n: fc.nat(3), tiny: fc.boolean() }),
  fc.record({ t: fc.constant('start' as const), c: fc.nat(7), n: fc.nat(4), port: fc.option(fc.constantFrom(80, 8080, 3000), { nil: null }) }),
  fc.record({ t: fc.constant('stop' as const), c: fc.nat(7) }),
  fc.record({ t: fc.constant('connect' as const), c: fc.nat(7), n: fc.nat(3) }),
  fc.record({ t: fc.constant('disconnect' as const), c: fc.nat(7), n: fc.nat(4) }),
);

interface Model {
  slice: NetworkSlice;
  running: Map<number, { c: ContainerNet; networks: { [name: string]: EndpointSettings } }>;
}

function netName(n: number): string {
  return n === 4 ? 'bridge' : `net${n}`;
}

function step(m: Model, o: Op, entropy: ReturnType<typeof testEntropy>): void {
  try {
    switch (o.t) {
      case 'net':
        if (!lookupNetwork(m.slice, netName(o.n))) m.slice = create(m.slice, { Name: netName(o.n), ...(o.tiny ? { IPAM: { Config: [{ Subnet: `10.${o.n}.0.0/29` }] } } : {}) }).slice;
        return;
      case 'start': {
        if (m.running.has(o.c)) return;
        const publish: PublishSpec = o.port === null ? { exposed: [], bindings: {}, publishAll: false } : { exposed: ['80/tcp'], bindings: { '80/tcp': [{ HostIp: '', HostPort: String(o.port) }] }, publishAll: false };
        const c = container(cid(o.c), `c${o.c}`, { networkMode: netName(o.n), publish });
        const s = startNetworking(m.slice, c, entropy);
        m.slice = s.slice;
        m.running.set(o.c, { c, networks: s.state.Networks });
        return;
      }
      case 'stop': {
        const r = m.running.get(o.c);
        if (!r) return;
        m.slice = stopNetworking(m.slice, { id: r.c.id, networks: r.networks }).slice;
        m.running.delete(o.c);
        return;
      }
      case 'connect':
      case 'disconnect': {
        const r = m.running.get(o.c);
        if (!r) return;
        const target = { ...r.c, networks: r.networks, running: true, removing: false };
        const res = o.t === 'connect' ? connectContainer(m.slice, target, netName(o.n), null, entropy) : disconnectContainer(m.slice, target, netName(o.n), false);
        m.slice = res.slice;
        r.networks = res.networks as { [name: string]: EndpointSettings };
        return;
      }
    }
  } catch (err) {
    // Refusals (port taken, pool full, already connected…) must leave the slice as it was: the
    // model keeps the old slice, and the invariants below must still hold for it.
    if (!(err instanceof Error)) throw err;
  }
}

describe('network properties', () => {
  it('keep addresses unique, in their subnets and held; ports single-owned — after any sequence', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const entropy = testEntropy(7);
        const m: Model = { slice: freshSlice(entropy), running: new Map() };
        for (const o of ops) {
          step(m, o, entropy);
          expect(networkInvariantViolations(m.slice)).toEqual([]);
        }
        // Releasing everything gives every address and port back.
        for (const [c] of [...m.running]) step(m, { t: 'stop', c }, entropy);
        expect(m.slice.portLeases.size).toBe(0);
        for (const pool of m.slice.ipPools.values()) expect(pool.addresses.count).toBeLessThanOrEqual(3);
      }),
      { numRuns: 150 },
    );
  });

  it('hands a released address to the next endpoint', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.nat(), (n, pick) => {
        const entropy = testEntropy(9);
        let slice = freshSlice(entropy);
        const started: { c: ContainerNet; ip: string; networks: { [k: string]: EndpointSettings } }[] = [];
        for (let i = 0; i < n; i++) {
          const c = container(cid(i), `c${i}`);
          const s = startNetworking(slice, c, entropy);
          slice = s.slice;
          started.push({ c, ip: s.state.Networks['bridge']!.IPAddress, networks: s.state.Networks });
        }
        const victim = started[pick % n]!;
        slice = stopNetworking(slice, { id: victim.c.id, networks: victim.networks }).slice;
        const next = startNetworking(slice, container(cid(99), 'new'), entropy);
        expect(next.state.Networks['bridge']!.IPAddress).toBe(victim.ip);
      }),
    );
  });
});

describe('embedded DNS', () => {
  it('two containers resolve each other by name iff they share a user-defined network', () => {
    fc.assert(
      fc.property(fc.array(fc.subarray(['bridge', 'n1', 'n2', 'n3'], { minLength: 1 }), { minLength: 2, maxLength: 6 }), (memberships) => {
        const entropy = testEntropy(11);
        let slice = freshSlice(entropy);
        for (const name of ['n1', 'n2', 'n3']) slice = create(slice, { Name: name }).slice;
        memberships.forEach((nets, i) => {
          const [first, ...rest] = nets;
          const c = container(cid(i), `c${i}`, { networkMode: first! });
          const started = startNetworking(slice, c, entropy);
          slice = started.slice;
          let networks = started.state.Networks;
          for (const net of rest) {
            const r = connectContainer(slice, { ...c, networks, running: true, removing: false }, net, null, entropy);
            slice = r.slice;
            networks = r.networks as typeof networks;
          }
        });
        memberships.forEach((mine, i) => {
          memberships.forEach((theirs, j) => {
            if (i === j) return;
            const shareUserNetwork = mine.some((n) => n !== 'bridge' && theirs.includes(n));
            let resolved: boolean;
            try {
              resolveName(slice, slice.sandboxes.get(cid(i)), `c${j}`);
              resolved = true;
            } catch {
              resolved = false;
            }
            expect(resolved).toBe(shareUserNetwork);
          });
        });
      }),
      { numRuns: 150 },
    );
  });
});
