import { describe, expect, it } from 'vitest';
import { parseDockerTimestamp } from './timestamp.js';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);

describe('--since / --until (GetTimestamp)', () => {
  it.each([
    ['10m', NOW - 600_000],
    ['1h30m', NOW - 5_400_000],
    ['0s', NOW],
    ['-5s', NOW + 5000],
    ['0', 0],
    ['1700000000', 1_700_000_000_000],
    ['1700000000.5', 1_700_000_000_500],
    ['2025-01-01', Date.UTC(2025, 0, 1)],
    ['2025-01-01T10', Date.UTC(2025, 0, 1, 10)],
    ['2025-01-01T10:30', Date.UTC(2025, 0, 1, 10, 30)],
    ['2025-01-01T10:30:15', Date.UTC(2025, 0, 1, 10, 30, 15)],
    ['2025-01-01T10:30:15.25', Date.UTC(2025, 0, 1, 10, 30, 15, 250)],
    ['2025-01-01T10:30:15Z', Date.UTC(2025, 0, 1, 10, 30, 15)],
    ['2025-01-01T10:30:15+02:00', Date.UTC(2025, 0, 1, 8, 30, 15)],
    ['2025-01-01T10:30:15.5-01:00', Date.UTC(2025, 0, 1, 11, 30, 15, 500)],
  ])('%s', (value, ms) => {
    expect(parseDockerTimestamp(value, NOW)).toBe(ms);
  });

  it.each([
    ['x', 'failed to parse value as time or duration: "x"'],
    ['10q', 'failed to parse value as time or duration: "10q"'],
    ['2025-13-01', 'parsing time "2025-13-01"'],
  ])('%s fails', (value, message) => {
    expect(() => parseDockerTimestamp(value, NOW)).toThrow(message);
  });
});
