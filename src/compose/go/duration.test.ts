import { describe, expect, it } from 'vitest';
import { formatGoDuration, parseGoDuration } from './duration.js';

const S = 1e9;

describe('Go durations', () => {
  it.each([
    ['10s', 10 * S],
    ['1m30s', 90 * S],
    ['1.5s', 1.5 * S],
    ['500ms', 0.5 * S],
    ['2h45m', (2 * 3600 + 45 * 60) * S],
    ['-2m', -120 * S],
    ['+3s', 3 * S],
    ['0', 0],
    ['.5s', 0.5 * S],
    ['1us', 1000],
    ['1µs', 1000],
    ['300ns', 300],
  ])('time.ParseDuration(%j) = %d ns', (text, ns) => {
    expect(parseGoDuration(text)).toBe(ns);
  });

  it.each([
    ['', 'time: invalid duration ""'],
    ['abc', 'time: invalid duration "abc"'],
    ['10', 'time: missing unit in duration "10"'],
    ['10x', 'time: unknown unit "x" in duration "10x"'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['.s', 'time: invalid duration ".s"'],
  ])('time.ParseDuration(%j) fails with %j', (text, message) => {
    expect(() => parseGoDuration(text)).toThrow(message);
  });

  it('accepts days and weeks the way str2duration does', () => {
    expect(parseGoDuration('1d', true)).toBe(86_400 * S);
    expect(parseGoDuration('1w2d', true)).toBe(9 * 86_400 * S);
  });

  it.each([
    [0, '0s'],
    [300, '300ns'],
    [1500, '1.5µs'],
    [0.5 * S, '500ms'],
    [10 * S, '10s'],
    [90 * S, '1m30s'],
    [3600 * S, '1h0m0s'],
    [1.5 * S, '1.5s'],
    [-90 * S, '-1m30s'],
    [(26 * 3600 + 3) * S, '26h0m3s'],
  ])('Duration(%d).String() = %j', (ns, text) => {
    expect(formatGoDuration(ns)).toBe(text);
  });

  it('formats what it parses back to the same duration', () => {
    for (const text of ['1h2m3.5s', '45s', '250ms', '3h', '1m0.001s']) {
      expect(parseGoDuration(formatGoDuration(parseGoDuration(text)))).toBe(parseGoDuration(text));
    }
  });
});
