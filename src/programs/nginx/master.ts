/**
 * @module
 * nginx's master process: bind every server's port (retrying as nginx does when one is taken),
 * write the pid file, log the start-up notices, run `worker_processes` workers as real child
 * processes and serve connections; SIGHUP re-reads the configuration, binds new ports, starts new
 * workers and retires the old ones gracefully; SIGQUIT (graceful) and SIGTERM/SIGINT (fast) stop
 * everything with nginx's notice lines and exit 0.
 */
import type { ChildProcess, Listener, ProcessContext, Socket } from '../types.js';
import { NetError } from '../types.js';
import { header, readRequest, serializeMessage, StreamReader } from '../net/http-message.js';
import { NginxConfigError } from './config.js';
import { accessLine, ErrorLog, logOutput } from './logs.js';
import { proxy } from './proxy.js';
import { errorContext, reason, respond } from './respond.js';
import { locate, serverFor, type Site } from './site.js';

/** What the master starts with. */
export interface MasterOptions {
  readonly site: Site;
  readonly version: string;
  /** The `built by …` notice. */
  readonly builtBy: string;
  readonly pidFile: string;
  /** The error log's level. */
  readonly level: string;
  /** Re-reads the configuration (SIGHUP); throws {@link NginxConfigError}. */
  readonly reload: () => Promise<Site>;
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
      const loc = locate(server, request.target.split('?')[0]!);
      const answer = loc.proxy
        ? await proxy(ctx, current, loc, request, version, keepAlive, errorContext({ client: socket.remote.address, server }, request))
        : respond({ fs: ctx.fs, site: current, server, port, version, now, client: socket.remote.address, keepAlive }, request);
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

async function bind(ctx: ProcessContext, port: number, log: ErrorLog): Promise<Listener | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return ctx.net.listen(port);
    } catch (e) {
      if (!(e instanceof NetError) || e.code !== 'EADDRINUSE') throw e;
      log.write('emerg', `bind() to 0.0.0.0:${port} failed (98: Address already in use)`);
      ctx.stderr.write(`nginx: [emerg] bind() to 0.0.0.0:${port} failed (98: Address already in use)\n`);
      await ctx.clock.sleep(500);
    }
  }
  log.write('emerg', 'still could not bind()');
  ctx.stderr.write('nginx: [emerg] still could not bind()\n');
  return undefined;
}

const SIGNAL_NUMBER: { readonly [s: string]: number } = { SIGQUIT: 3, SIGTERM: 15, SIGINT: 2 };

/** Runs the master until it is stopped; its exit code. */
export async function runMaster(ctx: ProcessContext, options: MasterOptions): Promise<number> {
  let site = options.site;
  const log = new ErrorLog(ctx, logOutput(ctx, site.errorLog), options.level);
  const accessOut = site.accessLog ? logOutput(ctx, site.accessLog) : undefined;
  const access = (line: string) => accessOut?.write(line);
  const listeners = new Map<number, Listener>();
  let workers: ChildProcess[] = [];
  let connections = 0;
  const ports = (s: Site) => [...new Set(s.servers.flatMap((server) => server.ports))];
  const listen = async (port: number): Promise<boolean> => {
    const listener = await bind(ctx, port, log);
    if (!listener) return false;
    listeners.set(port, listener);
    void (async () => {
      for (let socket = await listener.accept(); socket; socket = await listener.accept()) {
        const worker = workers[connections % Math.max(1, workers.length)];
        void serveConnection(ctx, () => site, socket, port, ++connections, access, log, worker?.pid ?? ctx.pid, options.version).catch(() => undefined);
      }
    })().catch(() => undefined);
    return true;
  };
  const startWorkers = (count: number): ChildProcess[] => {
    log.write('notice', 'start worker processes');
    return Array.from({ length: count }, () => {
      const child = ctx.fork(async (w) => {
        const wlog = new ErrorLog(w, logOutput(w, site.errorLog), options.level);
        const signal = await w.signals.next('SIGQUIT', 'SIGTERM', 'SIGINT');
        if (signal === 'SIGQUIT') wlog.write('notice', 'gracefully shutting down');
        wlog.write('notice', 'exiting');
        wlog.write('notice', 'exit');
        return 0;
      });
      log.write('notice', `start worker process ${child.pid}`);
      return child;
    });
  };
  const stopWorkers = async (list: readonly ChildProcess[], signal: 'SIGQUIT' | 'SIGTERM' | 'SIGINT') => {
    for (const w of list) w.kill(signal);
    for (const w of list) {
      const code = await w.exited;
      log.write('notice', `signal 17 (SIGCHLD) received from ${w.pid}`);
      log.write('notice', `worker process ${w.pid} exited with code ${code}`);
    }
  };
  for (const port of ports(site)) {
    if (!(await listen(port))) {
      for (const l of listeners.values()) l.close();
      return 1;
    }
  }
  try {
    ctx.fs.writeFile(options.pidFile, `${ctx.pid}\n`);
  } catch {
    // A read-only /run does not stop nginx in the simulation.
  }
  log.write('notice', 'using the "epoll" event method');
  log.write('notice', `nginx/${options.version}`);
  log.write('notice', options.builtBy);
  log.write('notice', `OS: Linux ${ctx.kernel.release}`);
  log.write('notice', 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
  workers = startWorkers(site.workers);
  let reloading = Promise.resolve();
  ctx.signals.on('SIGHUP', () => {
    reloading = reloading.then(async () => {
      log.write('notice', 'signal 1 (SIGHUP) received, reconfiguring');
      log.write('notice', 'reconfiguring');
      let next: Site;
      try {
        next = await options.reload();
      } catch (e) {
        if (!(e instanceof NginxConfigError)) throw e;
        log.write('emerg', e.message);
        return;
      }
      for (const port of ports(next)) if (!listeners.has(port)) await listen(port);
      for (const [port, l] of listeners) if (!ports(next).includes(port)) (l.close(), listeners.delete(port));
      site = next;
      log.write('notice', 'using the "epoll" event method');
      const old = workers;
      workers = startWorkers(site.workers);
      await stopWorkers(old, 'SIGQUIT');
    });
  });
  const signal = await ctx.signals.next('SIGQUIT', 'SIGTERM', 'SIGINT');
  await reloading;
  log.write('notice', `signal ${SIGNAL_NUMBER[signal]} (${signal}) received, ${signal === 'SIGQUIT' ? 'shutting down' : 'exiting'}`);
  for (const l of listeners.values()) l.close();
  await stopWorkers(workers, signal as 'SIGQUIT' | 'SIGTERM' | 'SIGINT');
  log.write('notice', 'exit');
  return 0;
}
