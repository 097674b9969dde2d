import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../core/errors.js';
import { formatUnixTimestamp } from '../core/time.js';
import { parseQueryTimestamp, parseTimestampNanos } from './timestamps.js';

describe('since/until timestamps', () => {
  // moby api/types/time/timestamp_test.go, TestParseTimestamps.
  it.each([
    ['1136073600', 1136073600_000000000n],
    ['1136073600.000000001', 1136073600_000000001n],
    ['1136073600.0000000010', 1136073600_000000001n],
    ['1136073600.0000000001', 1136073600_000000000n],
    ['1136073600.0000000009', 1136073600_000000000n],
    ['1136073600.5', 1136073600_500000000n],
    ['-1', -1_000000000n],
    ['2006-01-02T15:04:05.999999999Z', 1136214245_999999999n],
    ['2006-01-02T15:04:05+07:00', 1136189045_000000000n],
  ])('%s is %s ns', (text, nanos) => {
    expect(parseTimestampNanos(text)).toBe(nanos);
  });

  it.each([
    ['abc', 'strconv.ParseInt: parsing "abc": invalid syntax'],
    ['1.', 'strconv.ParseInt: parsing "": invalid syntax'],
    ['99999999999999999999', 'strconv.ParseInt: parsing "99999999999999999999": value out of range'],
  ])('refuses %s as the daemon does (a 500)', (text, message) => {
    try {
      parseTimestampNanos(text);
      expect.unreachable();
    } catch (error) {
      expect(isDockerError(error, 'Internal') && error.message).toBe(message);
    }
  });

  it('rounds a sub-millisecond bound inwards', () => {
    expect(parseQueryTimestamp('1.0000005', 'up')).toBe(1001);
    expect(parseQueryTimestamp('1.0000005', 'down')).toBe(1000);
    expect(parseQueryTimestamp('1.001', 'up')).toBe(1001);
  });

  it('reads back what the HTTP client sends for any virtual time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(parseQueryTimestamp(formatUnixTimestamp(ms), 'up')).toBe(ms);
        expect(parseQueryTimestamp(formatUnixTimestamp(ms), 'down')).toBe(ms);
      }),
    );
  });
});
