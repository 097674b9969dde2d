import { describe, expect, it } from 'vitest';
import { bytesSize, formatG, humanDuration, humanSize } from './units.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('go-units', () => {
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1 * S, '1 second'],
    [2 * S, '2 seconds'],
    [59 * S, '59 seconds'],
    [60 * S, 'About a minute'],
    [119 * S, 'About a minute'],
    [2 * M, '2 minutes'],
    [59 * M, '59 minutes'],
    [60 * M, 'About an hour'],
    [89 * M, 'About an hour'],
    [90 * M, '2 hours'],
    [47 * H, '47 hours'],
    [48 * H, '2 days'],
    [13 * D, '13 days'],
    [14 * D, '2 weeks'],
    [59 * D, '8 weeks'],
    [60 * D, '2 months'],
    [729 * D, '24 months'],
    [730 * D, '2 years'],
  ])('HumanDuration(%d ms) = %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it.each([
    [0, 3, '0B'],
    [388, 3, '388B'],
    [4_590_000, 3, '4.59MB'],
    [83_300_000, 3, '83.3MB'],
    [1_200_000_000, 3, '1.2GB'],
    [999_950, 3, '1e+03kB'],
    [1000, 4, '1kB'],
    [13_256, 4, '13.26kB'],
  ])('HumanSize(%d, %d) = %s', (bytes, precision, text) => {
    expect(humanSize(bytes, precision)).toBe(text);
  });

  it.each([
    [0, '0B'],
    [1024, '1KiB'],
    [1536 * 1024 * 1024, '1.5GiB'],
    [7.6 * 1024 * 1024, '7.6MiB'],
  ])('BytesSize(%d) = %s', (bytes, text) => {
    expect(bytesSize(bytes)).toBe(text);
  });

  it.each([
    [123456, 3, '1.23e+05'],
    [0.0001234, 3, '0.000123'],
    [0.00001234, 3, '1.23e-05'],
    [100, 3, '100'],
    [1.5, 4, '1.5'],
  ])('%%g(%d, %d) = %s', (v, p, text) => {
    expect(formatG(v, p)).toBe(text);
  });
});
