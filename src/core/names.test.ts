import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_ADJECTIVES, NAME_SURNAMES } from './names-data.js';
import { pickContainerName, randomName } from './names.js';
import { Random } from './random.js';

describe('container names', () => {
  it('are adjective_surname from Docker’s lists, never boring_wozniak', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const r = new Random(seed);
        for (let i = 0; i < 50; i++) {
          const name = randomName(r);
          const [left, right] = name.split('_');
          expect(NAME_ADJECTIVES).toContain(left);
          expect(NAME_SURNAMES).toContain(right);
          expect(name).not.toBe('boring_wozniak');
        }
      }),
    );
  });

  it('retries append one digit', () => {
    const r = new Random(5);
    expect(randomName(r, 1)).toMatch(/^[a-z]+_[a-z]+[0-9]$/);
  });

  it('fall back to the short id after six taken names', () => {
    const id = 'abcdef0123456789'.repeat(4);
    const tried: string[] = [];
    const name = pickContainerName(new Random(1), id, (n) => (tried.push(n), true));
    expect(tried).toHaveLength(6);
    expect(tried[0]).toMatch(/^[a-z]+_[a-z]+$/);
    for (const t of tried.slice(1)) expect(t).toMatch(/[0-9]$/);
    expect(name).toBe('abcdef012345');
  });

  it('has Docker’s word counts', () => {
    expect(NAME_ADJECTIVES).toHaveLength(108);
    expect(NAME_SURNAMES).toHaveLength(236);
  });
});
