import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idGenerator, isFullId, shortId } from './ids.js';
import { Random } from './random.js';

describe('ids', () => {
  it('are 64 lowercase hex whose short form is never all digits', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const next = idGenerator(new Random(seed));
        for (let i = 0; i < 20; i++) {
          const id = next();
          expect(isFullId(id)).toBe(true);
          expect(shortId(id)).toHaveLength(12);
          expect(/^\d+$/.test(shortId(id))).toBe(false);
        }
      }),
    );
  });

  it('redraws ids whose first 12 characters are digits', () => {
    // A random source that first yields bytes mapping to digits only.
    const random = new Random(0);
    let calls = 0;
    const original = random.bytes.bind(random);
    random.bytes = (n: number) => (calls++ === 0 ? new Uint8Array(n) : original(n));
    const id = idGenerator(random)();
    expect(calls).toBeGreaterThan(1);
    expect(/^\d{12}/.test(id)).toBe(false);
  });

  it('are unique in practice and reproducible per seed', () => {
    const a = idGenerator(new Random(9));
    const b = idGenerator(new Random(9));
    const ids = Array.from({ length: 1_000 }, () => a());
    expect(new Set(ids).size).toBe(1_000);
    expect(b()).toBe(ids[0]);
  });

  it('shortId strips a digest prefix', () => {
    expect(shortId(`sha256:${'ab'.repeat(32)}`)).toBe('abababababab');
  });
});
