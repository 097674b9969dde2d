/**
 * @module
 * Docker's default IPAM address space (libnetwork `ipamutils` and `ipams/defaultipam`): the local
 * default pools (172.17–172.31 as /16s, then 192.168.0.0/16 split into /20s), first-fit allocation
 * of a free subnet for a new network (so a freed subnet is reused), static `--subnet` / `--ip-range`
 * allocations with Docker's overlap rule, and the per-subnet address bitmap with the network and
 * broadcast addresses reserved.
 */
import { poolOverlaps, poolsExhausted } from '../../core/messages/network.js';
import { Table } from '../../core/table.js';
import { formatPrefix, overlaps, parsePrefix, prefixSize, type Prefix } from '../ip.js';
import { addAddress, emptyAddressSet, type AddressSet } from './address-set.js';

/** One allocated subnet and its addresses (moby `PoolData`). */
export interface PoolData {
  /** The subnet, `172.18.0.0/16`. */
  readonly subnet: string;
  /** Allocated addresses, as offsets from the subnet's first address. */
  readonly addresses: AddressSet;
  /** `--ip-range` sub-pools allocated inside this subnet. */
  readonly ranges: readonly string[];
  /** Released when its last range goes (set for subnets allocated through a range). */
  readonly autoRelease: boolean;
}

/** The pools of one host's local address space, by subnet. */
export type PoolTable = Table<PoolData>;

/** A base network split into subnets of `size` bits (moby `NetworkToSplit`). */
interface NetworkToSplit {
  readonly base: Prefix;
  readonly size: number;
}

const LOCAL_DEFAULT_POOLS: readonly NetworkToSplit[] = [
  ['172.17.0.0/16', 16],
  ['172.18.0.0/16', 16],
  ['172.19.0.0/16', 16],
  ['172.20.0.0/14', 16],
  ['172.24.0.0/14', 16],
  ['172.28.0.0/14', 16],
  ['192.168.0.0/16', 20],
].map(([base, size]) => ({ base: parsePrefix(base as string)!, size: size as number }));

/** The subnets the default pools offer, in the order first-fit tries them. */
export function* defaultSubnets(): Generator<Prefix> {
  for (const pool of LOCAL_DEFAULT_POOLS) {
    const step = 2 ** (32 - pool.size);
    for (let base = pool.base.base; base < pool.base.base + prefixSize(pool.base); base += step) yield { base, bits: pool.size };
  }
}

/** The subnet of the default bridge (`docker0`). */
export const DEFAULT_BRIDGE_SUBNET = '172.17.0.0/16';

function allocated(pools: PoolTable): Prefix[] {
  return [...pools.keys()].map((key) => parsePrefix(key)!);
}

/** A new pool: the network address and (IPv4, wider than /31) the broadcast address reserved. */
function newPool(subnet: Prefix, autoRelease: boolean, ranges: readonly string[] = []): PoolData {
  const hostBits = 32 - subnet.bits;
  let addresses = emptyAddressSet(hostBits);
  if (hostBits > 1) addresses = addAddress(addAddress(addresses, 0), prefixSize(subnet) - 1);
  return { subnet: formatPrefix(subnet), addresses, ranges, autoRelease };
}

/** Allocates the lowest default subnet that overlaps no allocated one (`allocatePredefinedPool`). */
export function allocateDefaultSubnet(pools: PoolTable): { readonly pools: PoolTable; readonly subnet: Prefix } {
  const taken = allocated(pools);
  for (const candidate of defaultSubnets()) {
    if (taken.some((p) => overlaps(p, candidate))) continue;
    return { pools: pools.set(formatPrefix(candidate), newPool(candidate, false)), subnet: candidate };
  }
  throw poolsExhausted();
}

/**
 * Allocates a user-given subnet (and optional ip-range) as `allocateSubnet` does: a subnet alone
 * must overlap nothing; with a range, an existing identical subnet is shared as long as the range
 * is new, and an absent one is created without the overlap check (moby#46756).
 */
export function allocateStaticSubnet(pools: PoolTable, subnet: Prefix, range?: Prefix): PoolTable {
  const key = formatPrefix(subnet);
  const existing = pools.get(key);
  const rangeKey = range ? formatPrefix(range) : undefined;
  if (existing && (rangeKey === undefined || existing.ranges.includes(rangeKey))) throw poolOverlaps();
  if (rangeKey === undefined) {
    if (allocated(pools).some((p) => overlaps(p, subnet))) throw poolOverlaps();
    return pools.set(key, newPool(subnet, false));
  }
  if (existing) return pools.set(key, { ...existing, ranges: [...existing.ranges, rangeKey] });
  return pools.set(key, newPool(subnet, true, [rangeKey]));
}

/** Releases a network's subnet (or its range of it); the pool goes when nothing holds it (`releaseSubnet`). */
export function releaseSubnet(pools: PoolTable, subnet: string, range?: string): PoolTable {
  const pool = pools.get(subnet);
  if (!pool) return pools;
  const next: PoolData =
    range === undefined ? { ...pool, autoRelease: true } : { ...pool, ranges: pool.ranges.filter((r) => r !== range) };
  return next.ranges.length === 0 && next.autoRelease ? pools.delete(subnet) : pools.set(subnet, next);
}

/** Replaces a pool's address set. */
export function withAddresses(pools: PoolTable, subnet: string, addresses: AddressSet): PoolTable {
  const pool = pools.get(subnet);
  if (!pool) throw new RangeError(`no pool ${subnet}`);
  return pools.set(subnet, { ...pool, addresses });
}
