/**
 * @module
 * PostgreSQL's server log line as the official image prints it on stderr:
 * `2025-01-01 00:00:00.000 UTC [1] LOG:  database system is ready to accept connections`.
 */
import type { ProcessContext } from '../types.js';
import { strftime } from '../utils/strftime.js';

/** Writes one `LOG:` line for process `pid`. */
export function pgLog(ctx: ProcessContext, pid: number, message: string): void {
  const now = ctx.clock.now();
  ctx.stderr.write(`${strftime('%Y-%m-%d %H:%M:%S', now)}.${String(now % 1000).padStart(3, '0')} UTC [${pid}] LOG:  ${message}\n`);
}

/** `17.4 (Debian 17.4-1.pgdg120+2)` or `17.4` on Alpine, from the image's environment. */
export function pgVersion(ctx: ProcessContext): { readonly short: string; readonly long: string } {
  const short = ctx.env['PG_VERSION']?.replace(/-.*$/, '') ?? '17.4';
  const alpine = ctx.fs.exists('/etc/alpine-release');
  return { short, long: alpine ? short : `${short} (Debian ${short}-1.pgdg120+2)` };
}
