/**
 * @module
 * redis's log line: `1:M 28 Nov 2026 05:49:05.123 * Ready to accept connections tcp` — pid, role
 * (`C` while the configuration loads, `M` the master), the time to the millisecond and the level
 * mark (`*` notice, `#` warning).
 */
import type { ProcessContext } from '../types.js';
import { strftime } from '../utils/strftime.js';

/** Writes redis log lines for a process to its stdout (the image logs to stdout). */
export function redisLog(ctx: ProcessContext): (role: 'C' | 'M', level: '*' | '#', message: string) => void {
  return (role, level, message) => {
    const now = ctx.clock.now();
    ctx.stdout.write(`${ctx.pid}:${role} ${strftime('%d %b %Y %H:%M:%S', now)}.${String(now % 1000).padStart(3, '0')} ${level} ${message}\n`);
  };
}
