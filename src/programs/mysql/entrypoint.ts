/**
 * @module
 * `docker-entrypoint-mysql`: the mysql image's `docker-entrypoint.sh`. With `mysqld` as the
 * command it checks the environment, initializes an empty data directory once (system schema,
 * root password, `MYSQL_DATABASE`, `MYSQL_USER`/`MYSQL_PASSWORD` with its grant), logging as the
 * real script and server do, then `exec`s mysqld. A data directory that already holds `mysql/`
 * (a reused volume) is left alone. Refuses an uninitialized directory without one of
 * MYSQL_ROOT_PASSWORD / MYSQL_ALLOW_EMPTY_PASSWORD / MYSQL_RANDOM_ROOT_PASSWORD: exit 1.
 */
import type { ProcessContext, Program } from '../types.js';
import { DataDir, type Account } from './data-dir.js';
import { entrypointLog, serverLog, serverVersion } from './server-log.js';

const decoder = new TextDecoder();

/** `file_env`: a variable's value, or the contents of the file its `_FILE` twin names. */
export function fileEnv(ctx: ProcessContext, name: string): string | undefined {
  const file = ctx.env[`${name}_FILE`];
  if (file) return decoder.decode(ctx.fs.readFile(file)).replace(/\n+$/, '');
  return ctx.env[name] || undefined;
}

const NO_PASSWORD = `Database is uninitialized and password option is not specified
    You need to specify one of the following:
    - MYSQL_ROOT_PASSWORD
    - MYSQL_ALLOW_EMPTY_PASSWORD
    - MYSQL_RANDOM_ROOT_PASSWORD`;

const ROOT_AS_USER = `MYSQL_USER="root", MYSQL_USER and MYSQL_PASSWORD are for configuring a regular user and cannot be used for the root user
    Remove MYSQL_USER="root" and use one of the following to control the root user password:
    - MYSQL_ROOT_PASSWORD
    - MYSQL_ALLOW_EMPTY_PASSWORD
    - MYSQL_RANDOM_ROOT_PASSWORD`;

const ZONEINFO_SKIPPED = ['iso3166.tab', 'leap-seconds.list', 'leapseconds', 'tzdata.zi', 'zone.tab', 'zone1970.tab'];

function randomPassword(ctx: ProcessContext): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return Array.from({ length: 32 }, () => alphabet[ctx.random.int(alphabet.length)]).join('');
}

function uuid(ctx: ProcessContext): string {
  const hex = Array.from(ctx.random.bytes(16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Initializes `dir` as the script's `docker_init_database_dir` and `docker_setup_db` do; false when refused. */
async function initialize(ctx: ProcessContext, dir: DataDir, version: string): Promise<boolean> {
  const rootPassword = fileEnv(ctx, 'MYSQL_ROOT_PASSWORD');
  const allowEmpty = fileEnv(ctx, 'MYSQL_ALLOW_EMPTY_PASSWORD');
  const random = fileEnv(ctx, 'MYSQL_RANDOM_ROOT_PASSWORD');
  const user = fileEnv(ctx, 'MYSQL_USER');
  const password = fileEnv(ctx, 'MYSQL_PASSWORD');
  const database = fileEnv(ctx, 'MYSQL_DATABASE');
  if (!rootPassword && !allowEmpty && !random) return entrypointLog(ctx, 'ERROR', NO_PASSWORD), false;
  if (user === 'root') return entrypointLog(ctx, 'ERROR', ROOT_AS_USER), false;
  entrypointLog(ctx, 'Note', 'Initializing database files');
  serverLog(ctx, 0, 'System', 'MY-013169', 'Server', `/usr/sbin/mysqld (mysqld ${version}) initializing of server in progress as process ${ctx.pid + 79}`);
  serverLog(ctx, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.');
  await ctx.clock.sleep(1500);
  serverLog(ctx, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.');
  await ctx.clock.sleep(2000);
  serverLog(ctx, 6, 'Warning', 'MY-010453', 'Server', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.');
  dir.initialize(uuid(ctx));
  entrypointLog(ctx, 'Note', 'Database files initialized');
  entrypointLog(ctx, 'Note', 'Starting temporary server');
  await ctx.clock.sleep(1000);
  serverLog(ctx, 0, 'System', 'MY-010931', 'Server', `/usr/sbin/mysqld: ready for connections. Version: '${version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server - GPL.`);
  entrypointLog(ctx, 'Note', 'Temporary server started.');
  ctx.stdout.write("'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'\n");
  for (const file of ZONEINFO_SKIPPED) ctx.stdout.write(`Warning: Unable to load '/usr/share/zoneinfo/${file}' as time zone. Skipping it.\n`);
  await ctx.clock.sleep(500);
  const root = random ? randomPassword(ctx) : rootPassword ?? '';
  if (random) entrypointLog(ctx, 'Note', `GENERATED ROOT PASSWORD: ${root}`);
  const accounts: Account[] = [
    { user: 'root', host: 'localhost', password: root, grants: ['*'] },
    { user: 'root', host: ctx.env['MYSQL_ROOT_HOST'] || '%', password: root, grants: ['*'] },
  ];
  if (database) {
    entrypointLog(ctx, 'Note', `Creating database ${database}`);
    if (!dir.hasDatabase(database)) dir.createDatabase(database);
  }
  if (user && password) {
    entrypointLog(ctx, 'Note', `Creating user ${user}`);
    accounts.push({ user, host: '%', password, grants: database ? [database] : [] });
    if (database) entrypointLog(ctx, 'Note', `Giving user ${user} access to schema ${database}`);
  } else if (user) {
    entrypointLog(ctx, 'Warn', 'MYSQL_USER specified, but missing MYSQL_PASSWORD; MYSQL_USER will not be created');
  }
  dir.setAccounts(accounts);
  entrypointLog(ctx, 'Note', 'Stopping temporary server');
  await ctx.clock.sleep(1000);
  entrypointLog(ctx, 'Note', 'Temporary server stopped');
  ctx.stdout.write('\n');
  entrypointLog(ctx, 'Note', 'MySQL init process done. Ready for start up.');
  ctx.stdout.write('\n');
  return true;
}

/** The `docker-entrypoint-mysql` program. */
export const mysqlEntrypoint: Program = async (ctx) => {
  let args = ctx.argv.slice(1);
  // `docker run mysql --character-set-server=…`: options go to mysqld.
  if (args[0]?.startsWith('-')) args = ['mysqld', ...args];
  const wantsHelp = args.slice(1).some((a) => /^(-\?|--help|--print-defaults|-V|--version)$/.test(a));
  if (args[0] !== 'mysqld' || wantsHelp) return ctx.execve(args.length > 0 ? args : ['mysqld']);
  const version = serverVersion(ctx.env);
  const image = ctx.env['MYSQL_VERSION'] ?? version;
  entrypointLog(ctx, 'Note', `Entrypoint script for MySQL Server ${image} started.`);
  entrypointLog(ctx, 'Note', "Switching to dedicated user 'mysql'");
  entrypointLog(ctx, 'Note', `Entrypoint script for MySQL Server ${image} started.`);
  const dir = new DataDir(ctx.fs);
  if (!dir.initialized && !(await initialize(ctx, dir, version))) return 1;
  return ctx.execve(args);
};
