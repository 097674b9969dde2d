import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGoDuration, parseGoDuration } from './go-duration.js';
import { goQuote, parseGoBool, parseGoInt, parseGoUint } from './go-strconv.js';

describe('Go strconv', () => {
  it.each([
    ['42', 42], ['-42', -42], ['+7', 7], ['0x1f', 31], ['0X1F', 31], ['017', 15], ['0o17', 15], ['0b101', 5], ['1_000', 1000], ['0', 0],
  ])('ParseInt(%s, 0, 64) = %d', (s, n) => expect(parseGoInt(s)).toBe(n));

  it.each([
    ['', 'strconv.ParseInt: parsing "": invalid syntax'],
    ['x', 'strconv.ParseInt: parsing "x": invalid syntax'],
    ['1.5', 'strconv.ParseInt: parsing "1.5": invalid syntax'],
    ['08', 'strconv.ParseInt: parsing "08": invalid syntax'],
    ['0x', 'strconv.ParseInt: parsing "0x": invalid syntax'],
    ['1__0', 'strconv.ParseInt: parsing "1__0": invalid syntax'],
    ['9223372036854775808', 'strconv.ParseInt: parsing "9223372036854775808": value out of range'],
  ])('ParseInt(%j) fails', (s, message) => expect(() => parseGoInt(s)).toThrow(message));

  it('ParseUint checks the bit size', () => {
    expect(parseGoUint('65535', 16)).toBe(65535);
    expect(() => parseGoUint('65536', 16)).toThrow('strconv.ParseUint: parsing "65536": value out of range');
    expect(() => parseGoUint('-1', 16)).toThrow('strconv.ParseUint: parsing "-1": invalid syntax');
  });

  it.each([['1', true], ['t', true], ['TRUE', true], ['True', true], ['0', false], ['f', false], ['False', false]])('ParseBool(%s)', (s, b) =>
    expect(parseGoBool(s)).toBe(b),
  );

  it.each([
    ['a', '"a"'], ['a"b', '"a\\"b"'], ['a\\b', '"a\\\\b"'], ['\n\t', '"\\n\\t"'], ['\x01', '"\\x01"'], ['é…', '"é…"'],
  ])('Quote(%j) = %s', (s, q) => expect(goQuote(s)).toBe(q));
});

describe('Go time.Duration', () => {
  it.each([
    ['0', 0], ['1s', 1e9], ['1.5s', 1.5e9], ['300ms', 3e8], ['1h30m', 5400e9], ['-2m', -120e9], ['1us', 1e3], ['1µs', 1e3], ['.5h', 1800e9], ['2h45m10.5s', 9910.5e9],
  ])('ParseDuration(%s)', (s, ns) => expect(parseGoDuration(s)).toBe(ns));

  it.each([
    ['', 'time: invalid duration ""'],
    ['x', 'time: invalid duration "x"'],
    ['5', 'time: missing unit in duration "5"'],
    ['5y', 'time: unknown unit "y" in duration "5y"'],
    ['-', 'time: invalid duration "-"'],
    ['.s', 'time: invalid duration ".s"'],
  ])('ParseDuration(%j) fails: %s', (s, message) => expect(() => parseGoDuration(s)).toThrow(message));

  it.each([
    [0, '0s'], [1, '1ns'], [1500, '1.5µs'], [3e8, '300ms'], [1.5e9, '1.5s'], [60e9, '1m0s'], [3600e9, '1h0m0s'], [5400e9, '1h30m0s'],
    [2160 * 3600e9, '2160h0m0s'], [-90e9, '-1m30s'], [9910.5e9, '2h45m10.5s'],
  ])('Duration(%d).String() = %s', (ns, s) => expect(formatGoDuration(ns)).toBe(s));

  it('String() parses back to the same duration', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (ns) => {
        expect(parseGoDuration(formatGoDuration(ns))).toBe(ns);
      }),
    );
  });
});
