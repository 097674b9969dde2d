/**
 * @module
 * `redis-server` (redis 7.4 as the official image runs it): the start-up banner lines, options
 * from the command line (`--port`, `--save`, `--requirepass`, `--dir`, `--dbfilename`, `--appendonly`),
 * RESP clients over the network, the dump file loaded at start and saved on SIGTERM/SIGINT (so
 * data survives a restart, and survives the container with a volume on /data), and
 * `redis-server --version`.
 */
import { StreamReader } from '../net/http-message.js';
import type { ProcessContext, Program, Socket } from '../types.js';
import { Keyspace, type Value } from './keyspace.js';
import { redisLog } from './log.js';
import { readText } from '../utils/text-file.js';
import { encodeReply, readCommand, reply, type Reply } from './resp.js';

/** The version and allocator the binary names (`# Redis server v=7.4.2 malloc=jemalloc-5.3.0 …`). */
export function redisBuild(ctx: ProcessContext, binary: string): { readonly version: string; readonly malloc: string } {
  const text = [binary, `/usr/local/bin/${binary}`].map((path) => readText(ctx.fs, path)).find((t) => t !== '') ?? '';
  return { version: /v=(\S+)/.exec(text)?.[1] ?? '7.4.2', malloc: /malloc=(\S+)/.exec(text)?.[1] ?? 'jemalloc-5.3.0' };
}

interface Options {
  port: number;
  save: boolean;
  password?: string;
  dir?: string;
  dbfilename: string;
  configFile?: string;
}

function parseOptions(args: readonly string[]): Options | string {
  const options: Options = { port: 6379, save: true, dbfilename: 'dump.rdb' };
  let i = 0;
  if (args[0] && !args[0].startsWith('--')) options.configFile = args[i++];
  for (; i < args.length; i++) {
    const name = args[i]!.replace(/^--/, '').toLowerCase();
    const value = args[++i];
    if (value === undefined) return `wrong number of arguments`;
    if (name === 'port') options.port = Number(value);
    else if (name === 'save') options.save = value.trim() !== '';
    else if (name === 'requirepass') options.password = value;
    else if (name === 'dir') options.dir = value;
    else if (name === 'dbfilename') options.dbfilename = value;
    else if (!['appendonly', 'loglevel', 'protected-mode', 'maxmemory', 'maxmemory-policy', 'bind', 'databases'].includes(name)) return `Bad directive or wrong number of arguments`;
  }
  return options;
}

const MAGIC = 'REDIS0012';

function load(ctx: ProcessContext, file: string, keys: Keyspace, log: ReturnType<typeof redisLog>, version: string): void {
  const text = readText(ctx.fs, file);
  if (!text.startsWith(MAGIC)) return;
  const dump = JSON.parse(text.slice(MAGIC.length)) as { savedAt: number; keys: [string, { kind: string; value: unknown }, number | null][] };
  let expired = 0;
  for (const [key, v, expireAt] of dump.keys) {
    if (expireAt !== null && expireAt <= ctx.clock.now()) {
      expired++;
      continue;
    }
    const value: Value = v.kind === 'hash' ? { kind: 'hash', value: new Map(v.value as [string, string][]) } : v.kind === 'list' ? { kind: 'list', value: [...(v.value as string[])] } : { kind: 'string', value: String(v.value) };
    keys.restore(key, value, expireAt ?? undefined);
  }
  log('M', '*', `Loading RDB produced by version ${version}`);
  log('M', '*', `RDB age ${Math.max(0, Math.round((ctx.clock.now() - dump.savedAt) / 1000))} seconds`);
  log('M', '*', 'RDB memory usage when created 0.90 Mb');
  log('M', '*', `Done loading RDB, keys loaded: ${dump.keys.length - expired}, keys expired: ${expired}.`);
  log('M', '*', 'DB loaded from disk: 0.000 seconds');
}

function save(ctx: ProcessContext, file: string, keys: Keyspace): void {
  const entries = keys.snapshot().map(([k, v, exp]) => [k, { kind: v.kind, value: v.kind === 'hash' ? [...v.value] : v.value }, exp ?? null]);
  ctx.fs.writeFile(file, `${MAGIC}${JSON.stringify({ savedAt: ctx.clock.now(), keys: entries })}`);
}

function info(ctx: ProcessContext, options: Options, version: string, started: number, keys: Keyspace): string {
  const uptime = Math.floor((ctx.clock.now() - started) / 1000);
  const server = [
    '# Server', `redis_version:${version}`, 'redis_git_sha1:00000000', 'redis_git_dirty:0', 'redis_build_id:b6a5fa5c7a1a2b8e', 'redis_mode:standalone',
    `os:Linux ${ctx.kernel.release} ${ctx.kernel.machine}`, 'arch_bits:64', 'monotonic_clock:POSIX clock_gettime', 'multiplexing_api:epoll', 'atomicvar_api:c11-builtin',
    'gcc_version:12.2.0', `process_id:${ctx.pid}`, 'process_supervised:no', 'run_id:0000000000000000000000000000000000000000', `tcp_port:${options.port}`,
    `server_time_usec:${ctx.clock.now() * 1000}`, `uptime_in_seconds:${uptime}`, `uptime_in_days:${Math.floor(uptime / 86400)}`, 'hz:10', 'configured_hz:10',
    'lru_clock:0', `executable:${ctx.cwd}/redis-server`, `config_file:${options.configFile ?? ''}`, 'io_threads_active:0', 'listener0:name=tcp,bind=*,bind=-::*,port=' + options.port,
  ];
  const keyspace = ['# Keyspace', ...(keys.size > 0 ? [`db0:keys=${keys.size},expires=0,avg_ttl=0,subexpiry=0`] : [])];
  return [...server, '', ...keyspace].join('\r\n') + '\r\n';
}

/** The `redis-server` program. */
export const redisServer: Program = async (ctx) => {
  const { version, malloc } = redisBuild(ctx, ctx.argv[0] ?? 'redis-server');
  const args = ctx.argv.slice(1);
  if (args[0] === '-v' || args[0] === '--version') {
    ctx.stdout.write(`Redis server v=${version} sha=00000000:0 malloc=${malloc} bits=64 build=b6a5fa5c7a1a2b8e\n`);
    return 0;
  }
  const options = parseOptions(args);
  const log = redisLog(ctx);
  if (typeof options === 'string') {
    ctx.stderr.write(`\n*** FATAL CONFIG FILE ERROR (Redis ${version}) ***\n>>> '${args.join(' ')}'\n${options}\n`);
    return 1;
  }
  log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
  log('C', '*', `Redis version=${version}, bits=64, commit=00000000, modified=0, pid=${ctx.pid}, just started`);
  if (options.configFile) log('C', '*', 'Configuration loaded');
  else if (args.length > 0) log('C', '*', 'Configuration loaded');
  else log('C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
  if (options.dir) ctx.cwd = options.dir;
  const file = `${ctx.cwd.replace(/\/$/, '')}/${options.dbfilename}`;
  const started = ctx.clock.now();
  log('M', '*', 'monotonic clock: POSIX clock_gettime');
  const listener = ctx.net.listen(options.port);
  log('M', '*', `Running mode=standalone, port=${options.port}.`);
  log('M', '*', 'Server initialized');
  const keys = new Keyspace(() => ctx.clock.now());
  load(ctx, file, keys, log, version);
  log('M', '*', 'Ready to accept connections tcp');
  const serve = async (socket: Socket) => {
    const reader = new StreamReader(socket);
    let authed = options.password === undefined;
    try {
      for (let argv = await readCommand(reader); argv; argv = await readCommand(reader)) {
        if (argv.length === 0) continue;
        const name = argv[0]!.toLowerCase();
        let answer: Reply;
        if (name === 'quit') {
          socket.write(encodeReply(reply.ok));
          break;
        } else if (name === 'auth') {
          authed = argv[argv.length - 1] === options.password;
          answer = options.password === undefined ? reply.error('ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?') : authed ? reply.ok : reply.error('WRONGPASS invalid username-password pair or user is disabled.');
        } else if (!authed) answer = reply.error('NOAUTH Authentication required.');
        else if (name === 'info') answer = reply.bulk(info(ctx, options, version, started, keys));
        else if (name === 'save') {
          save(ctx, file, keys);
          log('M', '*', 'DB saved on disk');
          answer = reply.ok;
        } else answer = keys.execute(argv) ?? reply.error(`ERR unknown command '${argv[0]}', with args beginning with: ${argv.slice(1).map((a) => `'${a}' `).join('')}`);
        socket.write(encodeReply(answer));
      }
    } finally {
      socket.close();
    }
  };
  void (async () => {
    for (let s = await listener.accept(); s; s = await listener.accept()) void serve(s).catch(() => undefined);
  })().catch(() => undefined);
  const signal = await ctx.signals.next('SIGTERM', 'SIGINT');
  ctx.stdout.write(`${ctx.pid}:signal-handler (${Math.floor(ctx.clock.now() / 1000)}) Received ${signal} scheduling shutdown...\n`);
  log('M', '*', 'User requested shutdown...');
  listener.close();
  if (options.save) {
    log('M', '*', 'Saving the final RDB snapshot before exiting.');
    save(ctx, file, keys);
    log('M', '*', 'DB saved on disk');
  }
  log('M', '#', 'Redis is now ready to exit, bye bye...');
  return 0;
};

/** `docker-entrypoint-redis`: a first argument that is an option or a `.conf` file means `redis-server …`; then `exec "$@"` (gosu's user switch is not simulated). */
export const redisEntrypoint: Program = async (ctx) => {
  let args = ctx.argv.slice(1);
  if (args[0] !== undefined && (args[0].startsWith('-') || args[0].endsWith('.conf'))) args = ['redis-server', ...args];
  return ctx.execve(args);
};

