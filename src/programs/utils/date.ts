/**
 * @module
 * `date` on the virtual clock: the default `Wed Jan  1 00:00:00 UTC 2025`, `+FORMAT`, `-u`,
 * `-d`/`--date` (`@epoch`, ISO dates), `-I`/`--iso-8601`, `-R`; setting the clock fails as it
 * does in a container without CAP_SYS_TIME.
 */
import { complain, usage } from './common.js';
import { strftime } from './strftime.js';
import type { Tool } from './tool.js';

/** Parses what `date -d` accepts; undefined when it cannot. */
export function parseDate(text: string, now: number): number | undefined {
  const t = text.trim();
  if (t === '' || t === 'now') return now;
  if (t.startsWith('@') && /^@-?\d+(\.\d+)?$/.test(t)) return Math.round(Number(t.slice(1)) * 1000);
  if (t === 'today') return now;
  if (t === 'yesterday') return now - 86400000;
  if (t === 'tomorrow') return now + 86400000;
  const rel = /^([+-]?\d+)\s*(second|minute|hour|day|week|month|year)s?( ago)?$/.exec(t);
  if (rel) {
    const unit: { [u: string]: number } = { second: 1e3, minute: 6e4, hour: 3.6e6, day: 8.64e7, week: 6.048e8, month: 2.592e9, year: 3.1536e10 };
    return now + Number(rel[1]) * unit[rel[2]!]! * (rel[3] ? -1 : 1);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (iso) {
    const ms = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0));
    const tz = iso[7];
    if (!tz || tz === 'Z') return ms;
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    return ms - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
  }
  return undefined;
}

/** `date [+FORMAT]`: the virtual clock's time. */
export const date: Tool = async (ctx, flavour) => {
  const args = ctx.argv.slice(1);
  let when = ctx.clock.now();
  let format = '%a %b %e %H:%M:%S %Z %Y';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-u' || a === '--utc' || a === '--universal') continue;
    if (a === '-d' || a === '--date' || a.startsWith('--date=') || (a.startsWith('-d') && a.length > 2)) {
      const text = a === '-d' || a === '--date' ? args[++i] : a.startsWith('--date=') ? a.slice(7) : a.slice(2);
      const parsed = text === undefined ? undefined : parseDate(text, ctx.clock.now());
      if (parsed === undefined) {
        complain(ctx, flavour, `invalid date '${text ?? ''}'`);
        return 1;
      }
      when = parsed;
    } else if (a === '-R' || a === '--rfc-email' || a === '--rfc-2822') format = '%a, %d %b %Y %H:%M:%S %z';
    else if (a.startsWith('-I') || a.startsWith('--iso-8601')) {
      const spec = a.startsWith('-I') ? a.slice(2) : a.slice(11).replace(/^=/, '');
      format = spec === 'seconds' ? '%Y-%m-%dT%H:%M:%S%:z' : spec === 'minutes' ? '%Y-%m-%dT%H:%M%:z' : spec === 'hours' ? '%Y-%m-%dT%H%:z' : spec === 'ns' ? '%Y-%m-%dT%H:%M:%S,%N%:z' : '%Y-%m-%d';
    } else if (a.startsWith('+')) format = a.slice(1);
    else if (/^\d{8,12}(\.\d\d)?$/.test(a) || a === '-s' || a.startsWith('--set')) {
      complain(ctx, flavour, flavour === 'gnu' ? 'cannot set date: Operation not permitted' : "can't set date: Operation not permitted");
      return 1;
    } else return usage(ctx, flavour, flavour === 'gnu' ? `invalid date '${a}'` : `invalid date '${a}'`, '[OPTIONS] [+FMT] [[-s] TIME]');
  }
  ctx.stdout.write(`${strftime(format, when)}\n`);
  return 0;
};
