/**
 * @module
 * The allocated addresses of one IPAM pool: a persistent bitmap (libnetwork's `bitmap` and
 * `addrset`, made immutable). Offsets are counted from the pool's first address. The bitmap is a
 * 32-ary trie of frozen plain nodes: leaves are 32-bit words, inner nodes keep a mask of their full
 * children, so "lowest free address in a range" descends in O(depth) whatever the number of
 * endpoints, and an update copies one path. An empty subtree is the number 0.
 */

/** A trie node: a 32-bit allocation word at the leaves, {@link AddressSetInner} above, `0` when empty. */
export type AddressNode = number | AddressSetInner;

/** An inner node: `full` has bit i set when child i is full. */
export interface AddressSetInner {
  readonly full: number;
  readonly kids: readonly AddressNode[];
}

/** A set of allocated offsets in `[0, 2^bits)`. Plain frozen data (saved with the world). */
export interface AddressSet {
  /** log2 of the capacity: 32 minus the pool's prefix length. */
  readonly bits: number;
  /** How many offsets are allocated. */
  readonly count: number;
  readonly root: AddressNode;
}

const LEAF_BITS = 5;

function height(bits: number): number {
  return bits <= LEAF_BITS ? 0 : Math.ceil((bits - LEAF_BITS) / LEAF_BITS);
}

/** Bits covered by a node at height `h` of a set of `bits`. */
function cover(bits: number, h: number): number {
  return Math.min(bits, LEAF_BITS * (h + 1));
}

function fullMask(width: number): number {
  return width >= LEAF_BITS ? 0xffffffff : 2 ** 2 ** width - 1;
}

function isFull(node: AddressNode, bits: number, h: number): boolean {
  const width = h === 0 ? cover(bits, 0) : cover(bits, h) - LEAF_BITS * h;
  const word = typeof node === 'number' ? node : node.full;
  if (h > 0 && typeof node === 'number') return false;
  return word >>> 0 === fullMask(width) >>> 0;
}

/** An empty set for a pool of `2^bits` addresses. */
export function emptyAddressSet(bits: number): AddressSet {
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) throw new RangeError(`invalid address set size 2^${bits}`);
  return Object.freeze({ bits, count: 0, root: 0 });
}

/** The capacity of the set. */
export function capacity(set: AddressSet): number {
  return 2 ** set.bits;
}

function childSpan(h: number): number {
  return 2 ** (LEAF_BITS * h);
}

/** True when `offset` is allocated. */
export function hasAddress(set: AddressSet, offset: number): boolean {
  let node = set.root;
  for (let h = height(set.bits); h > 0; h--) {
    if (typeof node === 'number') return false;
    node = node.kids[Math.floor(offset / childSpan(h)) % 32] ?? 0;
  }
  return typeof node === 'number' && ((node >>> offset % 32) & 1) === 1;
}

/** Sets or clears one offset; returns the same node when nothing changes. */
function write(node: AddressNode, bits: number, h: number, offset: number, on: boolean): AddressNode {
  if (h === 0) {
    const word = typeof node === 'number' ? node : 0;
    const bit = 2 ** (offset % 32);
    const next = (on ? word | bit : word & ~bit) >>> 0;
    return next;
  }
  const inner: AddressSetInner = typeof node === 'number' ? { full: 0, kids: [] } : node;
  const i = Math.floor(offset / childSpan(h)) % 32;
  const child = inner.kids[i] ?? 0;
  const updated = write(child, bits, h - 1, offset, on);
  if (updated === child) return node;
  const kids = inner.kids.slice();
  while (kids.length <= i) kids.push(0);
  kids[i] = updated;
  const flag = 2 ** i;
  const full = (isFull(updated, bits, h - 1) ? inner.full | flag : inner.full & ~flag) >>> 0;
  if (full === 0 && kids.every((k) => k === 0)) return 0;
  return Object.freeze({ full, kids: Object.freeze(kids) });
}

function checkOffset(set: AddressSet, offset: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset >= capacity(set)) throw new RangeError(`offset ${offset} is outside the address set`);
}

/** The set with `offset` allocated (the same set if it already was). */
export function addAddress(set: AddressSet, offset: number): AddressSet {
  checkOffset(set, offset);
  if (hasAddress(set, offset)) return set;
  return Object.freeze({ bits: set.bits, count: set.count + 1, root: write(set.root, set.bits, height(set.bits), offset, true) });
}

/** The set with `offset` released (the same set if it was free). */
export function removeAddress(set: AddressSet, offset: number): AddressSet {
  checkOffset(set, offset);
  if (!hasAddress(set, offset)) return set;
  return Object.freeze({ bits: set.bits, count: set.count - 1, root: write(set.root, set.bits, height(set.bits), offset, false) });
}

function lowest(node: AddressNode, bits: number, h: number, base: number, lo: number, hi: number): number {
  if (isFull(node, bits, h)) return -1;
  const end = base + 2 ** cover(bits, h) - 1;
  const from = Math.max(lo, base);
  const to = Math.min(hi, end);
  if (from > to) return -1;
  if (node === 0) return from;
  if (h === 0) {
    const word = node as number;
    for (let off = from; off <= to; off++) if (((word >>> off % 32) & 1) === 0) return off;
    return -1;
  }
  const inner = node as AddressSetInner;
  const span = childSpan(h);
  for (let i = Math.floor((from - base) / span); i <= Math.floor((to - base) / span); i++) {
    if ((inner.full >>> i) & 1) continue;
    const found = lowest(inner.kids[i] ?? 0, bits, h - 1, base + i * span, lo, hi);
    if (found >= 0) return found;
  }
  return -1;
}

/** The lowest free offset in `[lo, hi]` (inclusive), or -1 when every one is allocated. */
export function lowestFree(set: AddressSet, lo = 0, hi = capacity(set) - 1): number {
  if (lo > hi) return -1;
  return lowest(set.root, set.bits, height(set.bits), 0, Math.max(0, lo), Math.min(hi, capacity(set) - 1));
}
