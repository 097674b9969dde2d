/**
 * @module
 * `postgres` (also `initdb` and `pg_ctl`, which the images ship beside it): the server started on
 * an initialized data directory — its start-up `LOG:` lines, its background processes as real
 * children, listening on 5432 — and its three shutdowns: SIGTERM smart, SIGINT fast (the image's
 * STOPSIGNAL), SIGQUIT immediate. `initdb` writes a data directory (PG_VERSION, the configuration
 * files, base/ and global/) with initdb's report. The SQL protocol is not simulated.
 */
import type { ProcessContext, Program } from '../types.js';
import { readText } from '../utils/text-file.js';
import { pgLog, pgVersion } from './log.js';

/** The data directory: `-D`, else PGDATA. */
export function dataDir(ctx: ProcessContext, args: readonly string[]): string {
  const i = args.indexOf('-D');
  return (i >= 0 ? args[i + 1] : undefined) ?? ctx.env['PGDATA'] ?? '/var/lib/postgresql/data';
}

const INITDB_REPORT = (dir: string) => `The files belonging to this database system will be owned by user "postgres".
This user must also own the server process.

The database cluster will be initialized with locale "en_US.utf8".
The default database encoding has accordingly been set to "UTF8".
The default text search configuration will be set to "english".

Data page checksums are disabled.

fixing permissions on existing directory ${dir} ... ok
creating subdirectories ... ok
selecting dynamic shared memory implementation ... posix
selecting default "max_connections" ... 100
selecting default "shared_buffers" ... 128MB
selecting default time zone ... Etc/UTC
creating configuration files ... ok
running bootstrap script ... ok
performing post-bootstrap initialization ... ok
syncing data to disk ... ok


Success. You can now start the database server using:

    pg_ctl -D ${dir} -l logfile start

`;

/** `initdb`: creates the cluster's files and prints initdb's report. */
export async function initdb(ctx: ProcessContext, dir: string): Promise<void> {
  const { short } = pgVersion(ctx);
  ctx.fs.mkdir(`${dir}/base/1`, { recursive: true });
  ctx.fs.mkdir(`${dir}/global`, { recursive: true });
  ctx.fs.writeFile(`${dir}/PG_VERSION`, `${short.split('.')[0]}\n`);
  ctx.fs.writeFile(`${dir}/postgresql.conf`, "listen_addresses = '*'\nmax_connections = 100\nshared_buffers = 128MB\n");
  ctx.fs.writeFile(`${dir}/pg_hba.conf`, 'local   all             all                                     trust\nhost    all             all             127.0.0.1/32            trust\nhost all all all scram-sha-256\n');
  await ctx.clock.sleep(800);
  ctx.stdout.write(INITDB_REPORT(dir));
  ctx.stderr.write('initdb: warning: enabling "trust" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\n');
}

/** Runs the server until a shutdown signal. `local` (pg_ctl's temporary server) listens on the socket only. */
async function serve(ctx: ProcessContext, dir: string, local: boolean): Promise<number> {
  const { long } = pgVersion(ctx);
  if (!ctx.fs.exists(`${dir}/PG_VERSION`)) {
    ctx.stderr.write(`postgres: could not access the server configuration file "${dir}/postgresql.conf": No such file or directory\n`);
    return 2;
  }
  pgLog(ctx, ctx.pid, `starting PostgreSQL ${long} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`);
  const listener = local ? undefined : ctx.net.listen(5432);
  if (!local) {
    pgLog(ctx, ctx.pid, 'listening on IPv4 address "0.0.0.0", port 5432');
    pgLog(ctx, ctx.pid, 'listening on IPv6 address "::", port 5432');
  }
  pgLog(ctx, ctx.pid, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
  const last = Number(readText(ctx.fs, `${dir}/global/pg_control`)) || ctx.clock.now();
  const stamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  await ctx.fork(async (s) => {
    pgLog(s, s.pid, `database system was shut down at ${stamp(last)}`);
    return 0;
  }).exited;
  const idle = async (w: ProcessContext) => {
    await w.signals.next('SIGUSR2', 'SIGTERM', 'SIGQUIT', 'SIGINT');
    return 0;
  };
  const checkpointer = ctx.fork(idle);
  const workers = [ctx.fork(idle), ctx.fork(idle), ctx.fork(idle)];
  const launcher = ctx.fork(idle);
  pgLog(ctx, ctx.pid, 'database system is ready to accept connections');
  void (async () => {
    // Connections are accepted and closed: the wire protocol is not simulated, readiness is.
    for (let s = await listener?.accept(); s; s = await listener?.accept()) s.close();
  })().catch(() => undefined);
  const signal = await ctx.signals.next('SIGTERM', 'SIGINT', 'SIGQUIT');
  listener?.close();
  if (signal === 'SIGQUIT') {
    pgLog(ctx, ctx.pid, 'received immediate shutdown request');
    for (const w of [...workers, launcher, checkpointer]) w.kill('SIGQUIT');
    pgLog(ctx, ctx.pid, 'database system is shut down');
    return 0;
  }
  pgLog(ctx, ctx.pid, signal === 'SIGTERM' ? 'received smart shutdown request' : 'received fast shutdown request');
  if (signal === 'SIGINT') pgLog(ctx, ctx.pid, 'aborting any active transactions');
  launcher.kill('SIGTERM');
  pgLog(ctx, ctx.pid, `background worker "logical replication launcher" (PID ${launcher.pid}) exited with exit code 1`);
  for (const w of workers) w.kill('SIGTERM');
  pgLog(ctx, checkpointer.pid, 'shutting down');
  pgLog(ctx, checkpointer.pid, 'checkpoint starting: shutdown immediate');
  await ctx.clock.sleep(5);
  pgLog(ctx, checkpointer.pid, 'checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.002 s, sync=0.001 s, total=0.004 s; sync files=2, longest=0.001 s, average=0.001 s; distance=0 kB, estimate=0 kB; lsn=0/14E4D18, redo lsn=0/14E4D18');
  checkpointer.kill('SIGUSR2');
  ctx.fs.writeFile(`${dir}/global/pg_control`, String(ctx.clock.now()));
  pgLog(ctx, ctx.pid, 'database system is shut down');
  return 0;
}

/** The `postgres` program (multi-call: `postgres`, `initdb`, `pg_ctl`). */
export const postgres: Program = async (ctx) => {
  const tool = (ctx.argv[0] ?? 'postgres').split('/').pop()!;
  const args = ctx.argv.slice(1);
  const { long } = pgVersion(ctx);
  if (args[0] === '--version' || args[0] === '-V') {
    ctx.stdout.write(`${tool} (PostgreSQL) ${long}\n`);
    return 0;
  }
  if (tool === 'initdb') {
    await initdb(ctx, dataDir(ctx, args));
    return 0;
  }
  return serve(ctx, dataDir(ctx, args), args.includes("listen_addresses=''"));
};
