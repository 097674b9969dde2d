/**
 * @module
 * `mysqld`, the MySQL server (program `mysqld`, `/usr/sbin/mysqld` of the mysql images): opens
 * the data directory, logs its start-up as MySQL 8 does, listens on 3306 on the container's
 * network and serves the {@link ./wire} protocol, one session per connection, running
 * statements with the {@link SqlEngine}. SIGTERM (`docker stop`) shuts it down cleanly: exit 0.
 */
import type { ProcessContext, Program, Socket } from '../types.js';
import { DataDir, type Account } from './data-dir.js';
import { accessDenied, SqlError, unknownDatabase, dbAccessDenied } from './sql-error.js';
import { mayUse, SqlEngine, type Session } from './sql-engine.js';
import { serverLog, serverVersion } from './server-log.js';
import { receive, send, wireError } from './wire.js';

/** The port the classic protocol listens on. */
export const MYSQL_PORT = 3306;

/** The account `user` connecting from `clientHost` authenticates as, if any. */
export function findAccount(accounts: readonly Account[], user: string, clientHost: string): Account | undefined {
  const mine = accounts.filter((a) => a.user === user);
  return (clientHost === 'localhost' ? mine.find((a) => a.host === 'localhost') : undefined) ?? mine.find((a) => a.host === '%' || a.host === clientHost);
}

async function serve(socket: Socket, dir: DataDir, engine: SqlEngine, version: string, connectionId: number): Promise<void> {
  const clientHost = socket.remote.address.startsWith('127.') ? 'localhost' : socket.remote.address;
  send(socket, { hello: { version, connectionId } });
  const first = await receive(socket);
  if (!first || !('auth' in first)) return socket.close();
  const { user, password, database } = first.auth;
  const account = findAccount(dir.accounts(), user, clientHost);
  const reject = (e: SqlError) => {
    send(socket, { error: wireError(e) });
    socket.close();
  };
  if (!account || account.password !== (password ?? '')) return reject(accessDenied(user, clientHost, password !== null && password !== ''));
  if (database) {
    if (!mayUse(account, database)) return reject(dbAccessDenied(user, account.host, database));
    if (!dir.hasDatabase(database)) return reject(unknownDatabase(database));
  }
  const session: Session = { account, clientHost, db: database ?? undefined, version };
  send(socket, { ok: {} });
  for (let frame = await receive(socket); frame && !('quit' in frame); frame = await receive(socket)) {
    if (!('query' in frame)) continue;
    try {
      send(socket, { result: engine.run(frame.query, session) });
    } catch (e) {
      if (!(e instanceof SqlError)) throw e;
      send(socket, { error: wireError(e) });
    }
  }
  socket.close();
}

/** Logs the server's start-up lines up to "ready for connections". */
function logStartup(ctx: ProcessContext, version: string): void {
  serverLog(ctx, 0, 'System', 'MY-010116', 'Server', `/usr/sbin/mysqld (mysqld ${version}) starting as process ${ctx.pid}`);
  serverLog(ctx, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.');
}

/** The `mysqld` program. */
export const mysqld: Program = async (ctx) => {
  const version = serverVersion(ctx.env);
  const args = ctx.argv.slice(1);
  if (args.includes('--version') || args.includes('-V')) {
    ctx.stdout.write(`/usr/sbin/mysqld  Ver ${version} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
    return 0;
  }
  const dir = new DataDir(ctx.fs);
  logStartup(ctx, version);
  await ctx.clock.sleep(600);
  if (!dir.initialized) {
    serverLog(ctx, 0, 'ERROR', 'MY-011011', 'Server', 'Failed to find valid data directory.');
    serverLog(ctx, 0, 'ERROR', 'MY-010020', 'Server', 'Data Dictionary initialization failed.');
    serverLog(ctx, 0, 'ERROR', 'MY-010119', 'Server', 'Aborting');
    serverLog(ctx, 0, 'System', 'MY-010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${version})  MySQL Community Server - GPL.`);
    return 1;
  }
  serverLog(ctx, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.');
  await ctx.clock.sleep(300);
  serverLog(ctx, 0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.');
  serverLog(ctx, 0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.');
  serverLog(ctx, 0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.");
  const listener = ctx.net.listen(MYSQL_PORT);
  serverLog(ctx, 0, 'System', 'MY-011323', 'Server', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock");
  serverLog(ctx, 0, 'System', 'MY-010931', 'Server', `/usr/sbin/mysqld: ready for connections. Version: '${version}'  socket: '/var/run/mysqld/mysqld.sock'  port: ${MYSQL_PORT}  MySQL Community Server - GPL.`);
  const shutdown = async (): Promise<number> => {
    await ctx.signals.next('SIGTERM', 'SIGINT', 'SIGQUIT');
    serverLog(ctx, 0, 'System', 'MY-013172', 'Server', `Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: ${version}).`);
    listener.close();
    await ctx.clock.sleep(200);
    serverLog(ctx, 0, 'System', 'MY-010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${version})  MySQL Community Server - GPL.`);
    return 0;
  };
  const stopped = shutdown();
  // Killed (SIGKILL) while serving, the wait for SIGTERM rejects; the process is gone by then.
  stopped.catch(() => undefined);
  const engine = new SqlEngine(dir);
  let connectionId = 8;
  for (let socket = await listener.accept(); socket; socket = await listener.accept()) {
    void serve(socket, dir, engine, version, connectionId++).catch(() => socket.close());
  }
  return stopped;
};
