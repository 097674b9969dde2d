import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

describe('Random', () => {
  it('is reproducible from a seed and from its saved state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), fc.nat(50), (seed, skip) => {
        const a = new Random(seed);
        const b = new Random(seed);
        for (let i = 0; i < skip; i++) a.uint32(), b.uint32();
        const c = new Random(a.state);
        const seqA = [a.uint32(), a.uint32(), a.int(7)];
        expect([b.uint32(), b.uint32(), b.int(7)]).toEqual(seqA);
        expect([c.uint32(), c.uint32(), c.int(7)]).toEqual(seqA);
      }),
    );
  });

  it('int(n) stays in [0, n) and covers it', () => {
    const r = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i++) {
      const x = r.int(10);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(10);
      seen.add(x);
    }
    expect(seen.size).toBe(10);
    expect(() => r.int(0)).toThrow(RangeError);
  });

  it('different seeds give different streams', () => {
    expect(new Random(1).uint32()).not.toBe(new Random(2).uint32());
  });
});
