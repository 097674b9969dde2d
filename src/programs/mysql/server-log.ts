/**
 * @module
 * How mysqld and its entrypoint stamp their log lines: mysqld's error log (`2025-02-21T22:36:51.000000Z
 * 0 [System] [MY-010931] [Server] …`, on stderr) and the entrypoint script's `mysql_log`
 * (`2025-02-21 22:36:51+00:00 [Note] [Entrypoint]: …`, notes on stdout, warnings and errors on
 * stderr), both on the virtual clock.
 */
import type { ProcessContext } from '../types.js';

/** The server's version string for an image's `MYSQL_VERSION` (`8.0.41-1.el9` → `8.0.41`). */
export function serverVersion(env: { readonly [name: string]: string }): string {
  return (env['MYSQL_VERSION'] ?? '8.0.41').split('-')[0]!;
}

/** Writes one mysqld error-log line for `thread` (0 the server, 1 InnoDB's). */
export function serverLog(ctx: ProcessContext, thread: number, level: 'System' | 'Warning' | 'ERROR' | 'Note', code: string, subsystem: string, text: string): void {
  const stamp = new Date(ctx.clock.now()).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
  ctx.stderr.write(`${stamp} ${thread} [${level}] [${code}] [${subsystem}] ${text}\n`);
}

/** Writes one entrypoint line (`date --rfc-3339=seconds`); notes go to stdout, the rest to stderr. */
export function entrypointLog(ctx: ProcessContext, level: 'Note' | 'Warn' | 'ERROR', text: string): void {
  const stamp = new Date(ctx.clock.now()).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '+00:00');
  (level === 'Note' ? ctx.stdout : ctx.stderr).write(`${stamp} [${level}] [Entrypoint]: ${text}\n`);
}
