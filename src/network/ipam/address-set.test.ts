import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAddress, capacity, emptyAddressSet, hasAddress, lowestFree, removeAddress, type AddressSet } from './address-set.js';

function naiveLowest(taken: Set<number>, lo: number, hi: number): number {
  for (let i = lo; i <= hi; i++) if (!taken.has(i)) return i;
  return -1;
}

describe('AddressSet', () => {
  it('hands out the lowest free offset and reuses released ones', () => {
    let set = emptyAddressSet(16);
    for (let i = 0; i < 5; i++) set = addAddress(set, lowestFree(set));
    expect(lowestFree(set)).toBe(5);
    set = removeAddress(set, 2);
    expect(lowestFree(set)).toBe(2);
    expect(set.count).toBe(4);
  });

  it.each([0, 1, 2, 3, 5, 6, 8, 11, 16])('fills a set of 2^%i offsets completely, then reports none free', (bits) => {
    let set = emptyAddressSet(bits);
    for (let i = 0; i < capacity(set); i++) {
      expect(lowestFree(set)).toBe(i);
      set = addAddress(set, i);
    }
    expect(lowestFree(set)).toBe(-1);
    expect(set.count).toBe(capacity(set));
  });

  it('respects range bounds', () => {
    let set = emptyAddressSet(16);
    set = addAddress(set, 4096);
    expect(lowestFree(set, 4096, 8191)).toBe(4097);
    expect(lowestFree(set, 4096, 4096)).toBe(-1);
  });

  it('is persistent: old versions are unchanged', () => {
    const a = addAddress(emptyAddressSet(8), 3);
    const b = removeAddress(a, 3);
    expect(hasAddress(a, 3)).toBe(true);
    expect(hasAddress(b, 3)).toBe(false);
    expect(Object.isFrozen(a.root)).toBe(true);
  });

  it('matches a naive set under any sequence of adds and removes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 120 }),
        (bits, ops) => {
          let set: AddressSet = emptyAddressSet(bits);
          const taken = new Set<number>();
          const cap = capacity(set);
          for (const [add, x, lo, hi] of ops) {
            const off = x % cap;
            if (add) {
              set = addAddress(set, off);
              taken.add(off);
            } else {
              set = removeAddress(set, off);
              taken.delete(off);
            }
            const a = lo % cap;
            const b = hi % cap;
            expect(lowestFree(set, Math.min(a, b), Math.max(a, b))).toBe(naiveLowest(taken, Math.min(a, b), Math.max(a, b)));
            expect(set.count).toBe(taken.size);
            expect(hasAddress(set, off)).toBe(taken.has(off));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('survives JSON (saved worlds)', () => {
    let set = emptyAddressSet(16);
    for (let i = 0; i < 100; i++) set = addAddress(set, i * 7);
    const copy = JSON.parse(JSON.stringify(set)) as AddressSet;
    expect(lowestFree(copy)).toBe(lowestFree(set));
    expect(hasAddress(copy, 693)).toBe(true);
  });
});
