/**
 * @module
 * Address requests against a pool (libnetwork `RequestAddress` / `ReleaseAddress` of the default
 * IPAM driver): a preferred address if it is free, otherwise the lowest free address of the
 * ip-range (or of the whole subnet). Bridge networks do not allocate serially, so a released
 * address is the next one handed out.
 */
import { DockerError } from '../../core/errors.js';
import { addressInUse } from '../../core/messages/network.js';
import { contains, lastAddress, parsePrefix } from '../ip.js';
import { addAddress, hasAddress, lowestFree, removeAddress } from './address-set.js';
import { withAddresses, type PoolTable } from './pools.js';

/** Why a request failed when no address is left (callers word the message per network). */
export class NoAddressAvailable extends Error {
  constructor() {
    super('no available addresses on this pool');
  }
}

/** `requested address is out of range` (400). */
const outOfRange = (): DockerError => new DockerError('InvalidParameter', 'requested address is out of range');

/** Takes an address from the pool of `subnet`: `preferred` when given, else the lowest free one in `range`. */
export function requestAddress(
  pools: PoolTable,
  subnet: string,
  options: { readonly range?: string; readonly preferred?: number } = {},
): { readonly pools: PoolTable; readonly address: number } {
  const pool = pools.get(subnet);
  if (!pool) throw new RangeError(`no pool ${subnet}`);
  const prefix = parsePrefix(subnet)!;
  let offset: number;
  if (options.preferred !== undefined) {
    if (!contains(prefix, options.preferred)) throw outOfRange();
    offset = options.preferred - prefix.base;
    if (hasAddress(pool.addresses, offset)) throw addressInUse();
  } else {
    const range = options.range ? parsePrefix(options.range)! : prefix;
    offset = lowestFree(pool.addresses, range.base - prefix.base, lastAddress(range) - prefix.base);
    if (offset < 0) throw new NoAddressAvailable();
  }
  return { pools: withAddresses(pools, subnet, addAddress(pool.addresses, offset)), address: prefix.base + offset };
}

/** Gives an address back to the pool of `subnet` (no-op when the pool or address is gone). */
export function releaseAddress(pools: PoolTable, subnet: string, address: number): PoolTable {
  const pool = pools.get(subnet);
  if (!pool) return pools;
  const prefix = parsePrefix(subnet)!;
  if (!contains(prefix, address)) return pools;
  return withAddresses(pools, subnet, removeAddress(pool.addresses, address - prefix.base));
}
