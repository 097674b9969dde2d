/**
 * @module
 * `nginx` (`/usr/sbin/nginx`): `nginx -g 'daemon off;'` as the official image runs it — read the
 * configuration, log the master's `[notice]` start lines, start `worker_processes` workers (real
 * child processes), listen on every server's port and serve static files; SIGQUIT shuts down
 * gracefully, SIGTERM/SIGINT fast, both exit 0 with nginx's notice lines; SIGHUP re-reads the
 * configuration. Also `nginx -v`, `-V`, `-t`, `-T` and `-s quit|stop|reload|reopen`.
 */
import type { Listener, ProcessContext, Program, SignalName, Socket } from '../types.js';
import { NetError } from '../types.js';
import { header, readRequest, serializeMessage, StreamReader } from '../net/http-message.js';
import { loadConfig, NginxConfigError } from './config.js';
import { accessLine, ErrorLog, logOutput } from './logs.js';
import { reason, respond } from './respond.js';
import { serverFor, siteOf, type Site } from './site.js';
import { buildInfo } from './version.js';

const SIGNAL_OF: { readonly [name: string]: SignalName } = { quit: 'SIGQUIT', stop: 'SIGTERM', reload: 'SIGHUP', reopen: 'SIGUSR1' };

interface Options {
  readonly conf: string;
  readonly globals: string;
  readonly action: 'run' | 'version' | 'build' | 'test' | 'dump' | 'signal';
  readonly signal?: string;
}

function parseOptions(argv: readonly string[]): Options | string {
  let conf = '/etc/nginx/nginx.conf';
  let globals = '';
  let action: Options['action'] = 'run';
  let signal: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-v') action = 'version';
    else if (a === '-V') action = 'build';
    else if (a === '-t') action = action === 'dump' ? 'dump' : 'test';
    else if (a === '-T') action = 'dump';
    else if (a === '-q') continue;
    else if (a === '-g' || a === '-c' || a === '-s' || a === '-p' || a === '-e') {
      const value = argv[++i];
      if (value === undefined) return `option "${a}" requires ${a === '-s' ? 'signal name' : a === '-g' ? 'parameter' : 'file name'}`;
      if (a === '-g') globals = value;
      else if (a === '-c') conf = value;
      else if (a === '-s') {
        if (!SIGNAL_OF[value]) return `invalid option: "-s ${value}"`;
        action = 'signal';
        signal = value;
      }
    } else return `invalid option: "${a.replace(/^-/, '')}"`;
  }
  return { conf, globals, action, ...(signal ? { signal } : {}) };
}

/** nginx's pid file, from the `pid` directive (the packaged one says /run/nginx.pid). */
function pidFile(ctx: ProcessContext, conf: string): string {
  try {
    const text = new TextDecoder().decode(ctx.fs.readFile(conf));
    return /^\s*pid\s+([^;\s]+)\s*;/m.exec(text)?.[1] ?? '/run/nginx.pid';
  } catch {
    return '/run/nginx.pid';
  }
}

function sendSignal(ctx: ProcessContext, conf: string, name: string): number {
  const log = new ErrorLog(ctx, ctx.stderr, 'notice');
  log.write('notice', 'signal process started');
  const file = pidFile(ctx, conf);
  let pid: number;
  try {
    pid = Number(new TextDecoder().decode(ctx.fs.readFile(file)).trim());
  } catch {
    log.write('error', `open() "${file}" failed (2: No such file or directory)`);
    ctx.stderr.write(`nginx: [error] open() "${file}" failed (2: No such file or directory)\n`);
    return 1;
  }
  if (!ctx.kill(pid, SIGNAL_OF[name]!)) {
    log.write('error', `kill(${pid}, ${SIGNAL_OF[name] === 'SIGHUP' ? 1 : 3}) failed (3: No such process)`);
    return 1;
  }
  return 0;
}

function readSite(ctx: ProcessContext, options: Options): Site {
  const globals = options.globals ? `${options.globals}\n` : '';
  const config = loadConfig(ctx.fs, options.conf);
  if (globals.includes('daemon') && !/^daemon\s+(on|off)\s*;\s*$/.test(globals.trim())) throw new NginxConfigError(`unexpected end of parameter, expecting ";" in command line`);
  return siteOf(config, ctx.kernel.cpus);
}

/** Serves one connection: requests until the client closes or asks to. */
async function serveConnection(ctx: ProcessContext, site: () => Site, socket: Socket, port: number, number: number, access: (line: string) => void, error: ErrorLog, workerPid: number, version: string): Promise<void> {
  const reader = new StreamReader(socket);
  try {
    for (;;) {
      const request = await readRequest(reader);
      if (!request) break;
      const current = site();
      const server = serverFor(current, port, header(request.headers, 'host') ?? '');
      if (!server) break;
      const keepAlive = request.version === 'HTTP/1.1' ? (header(request.headers, 'connection') ?? '').toLowerCase() !== 'close' : (header(request.headers, 'connection') ?? '').toLowerCase() === 'keep-alive';
      const now = ctx.clock.now();
      const answer = respond({ fs: ctx.fs, site: current, server, port, version, now, client: socket.remote.address, keepAlive }, request);
      for (const line of answer.errors) error.write('error', `*${number} ${line}`, workerPid);
      socket.write(serializeMessage(`HTTP/1.1 ${answer.status} ${reason(answer.status)}`, answer.headers, answer.body));
      access(
        accessLine({
          client: socket.remote.address,
          now,
          request: `${request.method} ${request.target} ${request.version}`,
          status: answer.status,
          bytes: answer.body.length,
          ...optional('referer', header(request.headers, 'referer')),
          ...optional('userAgent', header(request.headers, 'user-agent')),
          ...optional('forwardedFor', header(request.headers, 'x-forwarded-for')),
        }),
      );
      if (!keepAlive) break;
    }
  } finally {
    socket.close();
  }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/** The `nginx` program. */
export const nginx: Program = async (ctx) => {
  const options = parseOptions(ctx.argv);
  if (typeof options === 'string') {
    ctx.stderr.write(`nginx: ${options}\n`);
    return 1;
  }
  const info = buildInfo(ctx);
  if (options.action === 'version' || options.action === 'build') {
    ctx.stderr.write(`nginx version: nginx/${info.version}\n`);
    if (options.action === 'build') ctx.stderr.write(`${info.builtBy}\nbuilt with OpenSSL 3.0.15 3 Sep 2024\nTLS SNI support enabled\nconfigure arguments: --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --conf-path=/etc/nginx/nginx.conf\n`);
    return 0;
  }
  if (options.action === 'signal') return sendSignal(ctx, options.conf, options.signal!);
  let site: Site;
  try {
    site = readSite(ctx, options);
  } catch (e) {
    if (!(e instanceof NginxConfigError)) throw e;
    if (options.action === 'run') new ErrorLog(ctx, ctx.stderr, 'emerg').write('emerg', e.message);
    ctx.stderr.write(`nginx: [emerg] ${e.message}\n`);
    if (options.action !== 'run') ctx.stderr.write(`nginx: configuration file ${options.conf} test failed\n`);
    return 1;
  }
  if (options.action === 'test' || options.action === 'dump') {
    ctx.stderr.write(`nginx: the configuration file ${options.conf} syntax is ok\nnginx: configuration file ${options.conf} test is successful\n`);
    if (options.action === 'dump') ctx.stdout.write(`# configuration file ${options.conf}:\n${new TextDecoder().decode(ctx.fs.readFile(options.conf))}\n`);
    return 0;
  }
  return runMaster(ctx, options, site, info.version, info.builtBy);
};

async function bindAll(ctx: ProcessContext, site: Site, log: ErrorLog): Promise<Map<number, Listener> | undefined> {
  const ports = [...new Set(site.servers.flatMap((s) => s.ports))];
  const listeners = new Map<number, Listener>();
  for (let attempt = 0; attempt < 5; attempt++) {
    let failed = false;
    for (const port of ports) {
      if (listeners.has(port)) continue;
      try {
        listeners.set(port, ctx.net.listen(port));
      } catch (e) {
        if (!(e instanceof NetError) || e.code !== 'EADDRINUSE') throw e;
        failed = true;
        log.write('emerg', `bind() to 0.0.0.0:${port} failed (98: Address already in use)`);
        ctx.stderr.write(`nginx: [emerg] bind() to 0.0.0.0:${port} failed (98: Address already in use)\n`);
      }
    }
    if (!failed) return listeners;
    await ctx.clock.sleep(500);
  }
  log.write('emerg', 'still could not bind()');
  ctx.stderr.write('nginx: [emerg] still could not bind()\n');
  for (const l of listeners.values()) l.close();
  return undefined;
}

async function runMaster(ctx: ProcessContext, options: Options, initial: Site, version: string, builtBy: string): Promise<number> {
  let site = initial;
  const errorOut = logOutput(ctx, site.errorLog);
  const level = /^\s*error_log\s+\S+\s+(\w+)\s*;/m.exec(new TextDecoder().decode(ctx.fs.readFile(options.conf)))?.[1] ?? 'error';
  const log = new ErrorLog(ctx, errorOut, level);
  const accessOut = site.accessLog ? logOutput(ctx, site.accessLog) : undefined;
  const listeners = await bindAll(ctx, site, log);
  if (!listeners) return 1;
  try {
    ctx.fs.writeFile(pidFile(ctx, options.conf), `${ctx.pid}\n`);
  } catch {
    // A read-only /run does not stop nginx in the simulation.
  }
  log.write('notice', 'using the "epoll" event method');
  log.write('notice', `nginx/${version}`);
  log.write('notice', builtBy);
  log.write('notice', `OS: Linux ${ctx.kernel.release}`);
  log.write('notice', 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
  log.write('notice', 'start worker processes');
  const workers = Array.from({ length: site.workers }, () => {
    const child = ctx.fork(async (w) => {
      const wlog = new ErrorLog(w, logOutput(w, initial.errorLog), level);
      const signal = await w.signals.next('SIGQUIT', 'SIGTERM', 'SIGINT');
      if (signal === 'SIGQUIT') wlog.write('notice', 'gracefully shutting down');
      wlog.write('notice', 'exiting');
      wlog.write('notice', 'exit');
      return 0;
    });
    log.write('notice', `start worker process ${child.pid}`);
    return child;
  });
  let connections = 0;
  const access = (line: string) => accessOut?.write(line);
  for (const [port, listener] of listeners) {
    void (async () => {
      for (let socket = await listener.accept(); socket; socket = await listener.accept()) {
        const worker = workers[connections % workers.length]!;
        void serveConnection(ctx, () => site, socket, port, ++connections, access, log, worker.pid, version).catch(() => undefined);
      }
    })().catch(() => undefined);
  }
  ctx.signals.on('SIGHUP', () => {
    log.write('notice', 'signal 1 (SIGHUP) received, reconfiguring');
    log.write('notice', 'reconfiguring');
    try {
      site = readSite(ctx, options);
    } catch (e) {
      if (e instanceof NginxConfigError) log.write('emerg', e.message);
    }
  });
  const signal = await ctx.signals.next('SIGQUIT', 'SIGTERM', 'SIGINT');
  const numbers: { readonly [s: string]: number } = { SIGQUIT: 3, SIGTERM: 15, SIGINT: 2 };
  log.write('notice', `signal ${numbers[signal]} (${signal}) received, ${signal === 'SIGQUIT' ? 'shutting down' : 'exiting'}`);
  for (const l of listeners.values()) l.close();
  for (const w of workers) w.kill(signal);
  for (const w of workers) {
    const code = await w.exited;
    log.write('notice', `signal 17 (SIGCHLD) received from ${w.pid}`);
    log.write('notice', `worker process ${w.pid} exited with code ${code}`);
  }
  log.write('notice', 'exit');
  return 0;
}
