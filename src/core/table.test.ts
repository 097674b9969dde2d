import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table } from './table.js';

type Op = { kind: 'set'; key: string; value: number } | { kind: 'delete'; key: string };

const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', '0', '12', 'a'));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key, value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), key }),
);

function sorted<T>(entries: Iterable<[string, T]>): [string, T][] {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('Table', () => {
  it('behaves like a Map under any sequence of sets and deletes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        let table = Table.empty<{ v: number }>();
        const model = new Map<string, { v: number }>();
        for (const o of ops) {
          if (o.kind === 'set') {
            table = table.set(o.key, { v: o.value });
            model.set(o.key, { v: o.value });
          } else {
            table = table.delete(o.key);
            model.delete(o.key);
          }
          expect(table.size).toBe(model.size);
        }
        expect(sorted(table.entries())).toEqual(sorted(model.entries()));
        for (const k of model.keys()) expect(table.get(k)).toEqual(model.get(k));
      }),
    );
  });

  it('keeps old versions intact (persistence) and shares unchanged entries', () => {
    let t = Table.empty<{ n: number }>();
    for (let i = 0; i < 2_000; i++) t = t.set(`k${i}`, { n: i });
    const before = t;
    const after = t.set('k5', { n: -5 }).delete('k6');
    expect(before.get('k5')).toEqual({ n: 5 });
    expect(before.get('k6')).toEqual({ n: 6 });
    expect(after.get('k5')).toEqual({ n: -5 });
    expect(after.has('k6')).toBe(false);
    expect(after.get('k7')).toBe(before.get('k7'));
  });

  it('freezes what it holds and updates through a recipe', () => {
    const t = Table.empty<{ tags: string[] }>().set('a', { tags: ['x'] });
    expect(Object.isFrozen(t.get('a'))).toBe(true);
    expect(Object.isFrozen(t.get('a')!.tags)).toBe(true);
    const u = t.update('a', (d) => {
      d.tags.push('y');
    });
    expect(u.get('a')!.tags).toEqual(['x', 'y']);
    expect(t.get('a')!.tags).toEqual(['x']);
    expect(() => t.update('missing', () => {})).toThrow(RangeError);
  });

  it('diff lists exactly the changed keys', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.array(op, { maxLength: 20 }), (setup, change) => {
        let a = Table.empty<{ v: number }>();
        for (const o of setup) a = o.kind === 'set' ? a.set(o.key, { v: o.value }) : a.delete(o.key);
        let b = a;
        for (const o of change) b = o.kind === 'set' ? b.set(o.key, { v: o.value }) : b.delete(o.key);
        const expected = new Set<string>();
        for (const k of new Set([...a.keys(), ...b.keys()])) if (a.get(k) !== b.get(k)) expected.add(k);
        expect(Table.diff(a, b).map((c) => c.key)).toEqual([...expected].sort());
      }),
    );
  });

  it('iterates in an order that depends only on the contents', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `c${i}`);
    const forward = Table.from(keys.map((k) => [k, 1] as const));
    const backward = Table.from([...keys].reverse().map((k) => [k, 1] as const));
    expect([...forward.keys()]).toEqual([...backward.keys()]);
  });
});
