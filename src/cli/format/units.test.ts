import { describe, expect, it } from 'vitest';
import { bytesSize, fromHumanSize, humanDuration, humanSize, humanSizeWithPrecision, ramInBytes } from './units.js';

// Cases from docker/go-units' own tests (duration_test.go, size_test.go).
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const DAY = 24 * H;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
const KB = 1e3, MB = 1e6, GB = 1e9, TB = 1e12, PB = 1e15;
const KiB = 1024, MiB = 1024 ** 2, GiB = 1024 ** 3, TiB = 1024 ** 4, PiB = 1024 ** 5;

describe('go-units HumanDuration', () => {
  it.each([
    [450, 'Less than a second'], [1 * S, '1 second'], [45 * S, '45 seconds'], [59 * S, '59 seconds'],
    [60 * S, 'About a minute'], [3 * M, '3 minutes'], [35 * M + 40 * S, '35 minutes'], [59 * M, '59 minutes'],
    [1 * H, 'About an hour'], [H + 29 * M, 'About an hour'], [H + 31 * M, '2 hours'], [3 * H + 29 * M, '3 hours'],
    [3 * H + 31 * M, '4 hours'], [24 * H, '24 hours'], [DAY + 12 * H, '36 hours'], [2 * DAY, '2 days'],
    [13 * DAY + 5 * H, '13 days'], [2 * WEEK, '2 weeks'], [2 * WEEK + 4 * DAY, '2 weeks'], [4 * WEEK + 3 * DAY, '4 weeks'],
    [MONTH, '4 weeks'], [MONTH + 2 * WEEK, '6 weeks'], [2 * MONTH, '2 months'], [3 * MONTH + WEEK, '3 months'],
    [13 * MONTH, '13 months'], [24 * MONTH, '24 months'], [24 * MONTH + 2 * WEEK, '2 years'], [3 * YEAR + 2 * MONTH, '3 years'],
  ])('%i ms → %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('go-units sizes', () => {
  it.each([
    [1024, '1KiB'], [MiB, '1MiB'], [2 * MiB, '2MiB'], [3.42 * GiB, '3.42GiB'], [5.372 * TiB, '5.372TiB'], [2.22 * PiB, '2.22PiB'],
    [KiB ** 5 * PiB, '1.049e+06YiB'],
  ])('BytesSize(%d) = %s', (n, text) => expect(bytesSize(n)).toBe(text));

  it.each([
    [1000, '1kB'], [1024, '1.024kB'], [1e6, '1MB'], [1048576, '1.049MB'], [2 * MB, '2MB'], [3.42 * GB, '3.42GB'],
    [5.372 * TB, '5.372TB'], [2.22 * PB, '2.22PB'], [1e13 * PB, '1e+04YB'], [0, '0B'], [388, '388B'],
    // Go rounds from the exact value, ties to even: 10.625 kB has an exact binary form.
    [10625, '10.62kB'], [10635, '10.63kB'],
  ])('HumanSize(%d) = %s', (n, text) => expect(humanSize(n)).toBe(text));

  it.each([
    [4_590_000, '4.59MB'], [83_270_000, '83.3MB'], [1_200_000_000, '1.2GB'], [999_999, '1e+03kB'], [7_380_000, '7.38MB'],
  ])('HumanSizeWithPrecision(%d, 3) = %s', (n, text) => expect(humanSizeWithPrecision(n, 3)).toBe(text));

  it.each([
    ['32', 32], ['32b', 32], ['32B', 32], ['32k', 32 * KB], ['32K', 32 * KB], ['32kb', 32 * KB], ['32Kb', 32 * KB],
    ['32Mb', 32 * MB], ['32Gb', 32 * GB], ['32Tb', 32 * TB], ['32Pb', 32 * PB], ['32.5kB', 32.5 * KB], ['32.5 kB', 32.5 * KB],
    ['32.5 B', 32], ['0.3 K', 300],
  ])('FromHumanSize(%s) = %d', (text, n) => expect(fromHumanSize(text)).toBe(n));

  it.each([
    ['32', 32], ['32k', 32 * KiB], ['32Kib', 32 * KiB], ['32KIB', 32 * KiB], ['32Mb', 32 * MiB], ['32Gb', 32 * GiB],
    ['32Tb', 32 * TiB], ['32Pb', 32 * PiB], ['32PB', 32 * PiB], ['32P', 32 * PiB], ['32.3', 32], ['32.3 mb', Math.trunc(32.3 * MiB)],
    ['0.3MB', Math.trunc(0.3 * MiB)],
  ])('RAMInBytes(%s) = %d', (text, n) => expect(ramInBytes(text)).toBe(n));

  it.each(['', 'hello', '-32', ' 32 ', '32m b', '32bm'])('RAMInBytes(%j) fails', (text) => {
    expect(() => ramInBytes(text)).toThrow();
    expect(() => fromHumanSize(text)).toThrow();
  });
});
