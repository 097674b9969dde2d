/**
 * @module
 * The postgres client tools (program `psql`, multi-call: `psql`, `pg_isready`, `pg_dump`):
 * `--version`, `pg_isready`'s readiness check over the network with its exact lines and exit
 * codes, and psql's connection errors. Once connected, psql says plainly that SQL is not
 * simulated for PostgreSQL.
 */
import type { Program } from '../types.js';
import { pgVersion } from './log.js';

const SOCKET = '/var/run/postgresql';

/** The `psql` program. */
export const psql: Program = async (ctx) => {
  const tool = (ctx.argv[0] ?? 'psql').split('/').pop()!;
  const args = ctx.argv.slice(1);
  if (args[0] === '--version' || args[0] === '-V') {
    ctx.stdout.write(`${tool} (PostgreSQL) ${pgVersion(ctx).long}\n`);
    return 0;
  }
  const hi = args.indexOf('-h');
  const host = hi >= 0 ? args[hi + 1] : ctx.env['PGHOST'];
  const pi = args.indexOf('-p');
  const port = Number((pi >= 0 ? args[pi + 1] : ctx.env['PGPORT']) ?? 5432);
  const where = host ?? SOCKET;
  let up = false;
  try {
    (await ctx.net.connect(host ?? '127.0.0.1', port)).close();
    up = true;
  } catch {
    up = false;
  }
  if (tool === 'pg_isready') {
    ctx.stdout.write(`${where}:${port} - ${up ? 'accepting connections' : 'no response'}\n`);
    return up ? 0 : 2;
  }
  if (!up) {
    ctx.stderr.write(host ? `${tool}: error: connection to server at "${host}", port ${port} failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n` : `${tool}: error: connection to server on socket "${SOCKET}/.s.PGSQL.${port}" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n`);
    return 2;
  }
  ctx.stderr.write(`dockersim: ${tool} reached the server, but PostgreSQL's SQL is not simulated\n`);
  return 2;
};
