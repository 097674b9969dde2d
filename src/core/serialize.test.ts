import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, type Json } from './serialize.js';
import { Table } from './table.js';

describe('save format', () => {
  it('round-trips tables, bytes, odd keys and plain JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(fc.string(), fc.uint8Array({ maxLength: 40 })), (json, files) => {
        const value = {
          plain: json,
          table: Table.from(Object.entries(files).map(([k, v]) => [k, { data: v }] as const)),
          $weird: { $ref: 'not a ref' },
        };
        const encoded = JSON.parse(JSON.stringify(encodeState(value))) as Json;
        const decoded = decodeState<typeof value>(encoded);
        expect(decoded.plain).toEqual(JSON.parse(JSON.stringify(json)));
        expect(decoded.$weird).toEqual({ $ref: 'not a ref' });
        expect(decoded.table.size).toBe(value.table.size);
        for (const [k, v] of value.table) expect(decoded.table.get(k)!.data).toEqual(v.data);
      }),
    );
  });

  it('writes a shared object once and restores the sharing', () => {
    const layer = { files: Table.from([['a', { bytes: new Uint8Array([1, 2, 3]) }]]) };
    const state = { images: [{ layer }, { layer }] };
    const json = encodeState(state);
    expect(JSON.stringify(json).match(/\$bytes/g)).toHaveLength(1);
    const back = decodeState<typeof state>(JSON.parse(JSON.stringify(json)) as Json);
    expect(back.images[0]!.layer).toBe(back.images[1]!.layer);
  });
});

describe('save format: odd keys', () => {
  it('keeps a "__proto__" key as a key', () => {
    const value = JSON.parse('{"labels":{"__proto__":{"x":1}}}') as { labels: Record<string, unknown> };
    const back = decodeState<typeof value>(JSON.parse(JSON.stringify(encodeState(value))) as Json);
    expect(Object.keys(back.labels)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(back.labels)).toBe(Object.prototype);
  });
});
