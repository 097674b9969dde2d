/**
 * @module
 * `docker-entrypoint-postgres`: the official image's `docker-entrypoint.sh`. On an empty data
 * directory it refuses to start without `POSTGRES_PASSWORD` (or `POSTGRES_HOST_AUTH_METHOD=trust`)
 * with the image's error and exit 1; otherwise runs initdb, starts a temporary socket-only server,
 * creates `POSTGRES_DB`, stops it and `exec`s postgres — printing what the script and the servers
 * print. A data directory that already holds a cluster (a volume) skips initialization.
 */
import type { Program } from '../types.js';
import { dataDir, initdb } from './server.js';

const NO_PASSWORD = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;

/** The postgres image's entrypoint. */
export const postgresEntrypoint: Program = async (ctx) => {
  let args = ctx.argv.slice(1);
  if (args[0]?.startsWith('-')) args = ['postgres', ...args];
  if (args[0] !== 'postgres') return ctx.execve(args);
  const dir = dataDir(ctx, args);
  if (ctx.fs.exists(`${dir}/PG_VERSION`)) {
    ctx.stdout.write('\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n');
    return ctx.execve(args);
  }
  if (!ctx.env['POSTGRES_PASSWORD'] && ctx.env['POSTGRES_HOST_AUTH_METHOD'] !== 'trust') {
    ctx.stderr.write(NO_PASSWORD);
    return 1;
  }
  await initdb(ctx, dir);
  ctx.stdout.write('waiting for server to start....');
  const temp = ctx.exec(['postgres', '-c', "listen_addresses=''", '-p', '5432']);
  await ctx.clock.sleep(100);
  ctx.stdout.write(' done\nserver started\n');
  const db = ctx.env['POSTGRES_DB'] ?? ctx.env['POSTGRES_USER'] ?? 'postgres';
  if (db !== 'postgres') ctx.stdout.write('CREATE DATABASE\n\n');
  // $0 of a script found on PATH is its full path.
  ctx.stdout.write('\n/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\n');
  ctx.stdout.write('waiting for server to shut down....');
  temp.kill('SIGINT');
  await temp.exited;
  ctx.stdout.write(' done\nserver stopped\n\nPostgreSQL init process complete; ready for start up.\n\n');
  return ctx.execve(args);
};
