/**
 * @module
 * How the docker CLI reads `--since` / `--until` (moby `api/types/time.GetTimestamp`): a Go
 * duration counts back from the client's clock (`10m`), an RFC 3339 date or date-time is read in
 * UTC (the simulated host's zone) unless it carries a zone, and anything else must be a Unix
 * timestamp (`1700000000`, `1700000000.5`). Errors read as docker's:
 * `failed to parse value as time or duration: "x"`.
 */
import { GoDurationError, parseGoDuration } from './grammar/go-duration.js';
import { goQuote } from './grammar/go-strconv.js';

/** A time docker could not read. */
export class TimestampError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimestampError';
  }
}

const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const ZONE = String.raw`(Z|[+-]\d{2}:\d{2})`;

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const [h, m] = zone.slice(1).split(':').map(Number);
  return sign * ((h! * 60 + m!) * 60_000);
}

/** The layout docker tries for `value` (as `GetTimestamp` picks it). */
function layoutFor(value: string): { layout: string; re: RegExp } {
  const inLocation = !/[zZ+]/.test(value) && (value.match(/-/g)?.length ?? 0) !== 3;
  if (value.includes('.')) {
    return inLocation
      ? { layout: '2006-01-02T15:04:05.999999999', re: new RegExp(`^${DATE}T(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d+)$`) }
      : { layout: '2006-01-02T15:04:05.999999999Z07:00', re: new RegExp(`^${DATE}T(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d+)${ZONE}$`) };
  }
  if (value.includes('T')) {
    let colons = value.match(/:/g)?.length ?? 0;
    if (!inLocation && !/[zZ]/.test(value) && colons > 0) colons--;
    const parts = colons === 0 ? '(\\d{2})()()' : colons === 1 ? '(\\d{2}):(\\d{2})()' : '(\\d{2}):(\\d{2}):(\\d{2})';
    const layouts = inLocation ? ['2006-01-02T15', '2006-01-02T15:04', '2006-01-02T15:04:05'] : ['2006-01-02T15Z07:00', '2006-01-02T15:04Z07:00', '2006-01-02T15:04:05Z07:00'];
    return { layout: layouts[Math.min(colons, 2)]!, re: new RegExp(`^${DATE}T${parts}()${inLocation ? '()' : ZONE}$`) };
  }
  return inLocation ? { layout: '2006-01-02', re: new RegExp(`^${DATE}()()()()()$`) } : { layout: '2006-01-02Z07:00', re: new RegExp(`^${DATE}()()()()${ZONE}$`) };
}

/**
 * The instant `value` names, as epoch milliseconds (fractions below a millisecond are dropped),
 * with `now` (epoch ms) the reference for durations.
 */
export function parseDockerTimestamp(value: string, now: number): number {
  if (value !== '0') {
    try {
      return now - Math.trunc(parseGoDuration(value) / 1e6);
    } catch (e) {
      if (!(e instanceof GoDurationError)) throw e;
    }
  }
  const { layout, re } = layoutFor(value);
  const m = re.exec(value);
  if (m) {
    const [, y, mo, d, h = '', mi = '', s = '', frac = '', zone] = m;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h || 0), Number(mi || 0), Number(s || 0), Math.trunc(Number(`0.${frac || 0}`) * 1000));
    if (!Number.isNaN(ms) && Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) return ms - zoneOffsetMs(zone || undefined);
  }
  if (value.includes('-')) throw new TimestampError(`parsing time ${goQuote(value)} as ${goQuote(layout)}: cannot parse ${goQuote(value)} as ${goQuote(layout)}`);
  const unix = /^(-?\d+)(?:\.(\d+))?$/.exec(value);
  if (!unix) throw new TimestampError(`failed to parse value as time or duration: ${goQuote(value)}`);
  return Number(unix[1]) * 1000 + Math.trunc(Number(`0.${unix[2] ?? '0'}`) * 1000);
}
