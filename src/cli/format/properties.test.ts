import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goJson } from './go-json.js';
import { rowContext, writeRows } from './formatter.js';
import { naturalLess } from './natural-sort.js';
import { formatFloatG } from '../../core/go-float.js';

const jsonValue = fc.jsonValue({ maxDepth: 3 });

describe('output format invariants', () => {
  it('goJson is JSON: it parses back to the same value, compact or indented', () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        expect(JSON.parse(goJson(v))).toEqual(v);
        expect(JSON.parse(goJson(v, { indent: '    ', escapeHTML: true }))).toEqual(v);
      }),
    );
  });

  it('a table keeps every cell and starts each column at the same offset on every line', () => {
    const word = fc.stringMatching(/^[a-z0-9.:/-]{1,14}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, word), { maxLength: 6 }), (rows) => {
        const contexts = rows.map(([a, b, c]) => rowContext('*t', { A: () => a, B: () => b, C: () => c }));
        const lines = writeRows('table {{.A}}\t{{.B}}\t{{.C}}', { A: 'FIRST', B: 'SECOND COLUMN', C: 'C' }, contexts).split('\n').slice(0, -1);
        const cells = [['FIRST', 'SECOND COLUMN', 'C'], ...rows];
        expect(lines).toHaveLength(cells.length);
        const starts = lines.map((line, i) => {
          let from = 0;
          return cells[i]!.map((cell) => {
            const at = line.indexOf(cell, from);
            from = at + cell.length;
            return at;
          });
        });
        for (const s of starts) expect(s).toEqual(starts[0]);
        expect(starts[0]![1]! - starts[0]![0]!).toBeGreaterThanOrEqual(10);
      }),
    );
  });

  it('natural order is a strict order, and bytewise order where there are no digits', () => {
    const s = fc.stringMatching(/^[a-c0-9]{0,6}$/);
    fc.assert(
      fc.property(s, s, s, (a, b, c) => {
        expect(naturalLess(a, a)).toBe(false);
        if (naturalLess(a, b)) expect(naturalLess(b, a)).toBe(false);
        if (naturalLess(a, b) && naturalLess(b, c)) expect(naturalLess(a, c)).toBe(true);
        if (!/\d/.test(a + b)) expect(naturalLess(a, b)).toBe(a < b);
      }),
    );
  });

  it('%g with enough precision prints the shortest exact digits of a double', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e15, noNaN: true }), (x) => {
        expect(Number(formatFloatG(x, 17))).toBe(x);
      }),
    );
  });
});
