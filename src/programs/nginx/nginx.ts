/**
 * @module
 * `nginx` (`/usr/sbin/nginx`): `nginx -g 'daemon off;'` as the official image runs it — read the
 * configuration, log the master's `[notice]` start lines, start `worker_processes` workers (real
 * child processes), listen on every server's port and serve static files; SIGQUIT shuts down
 * gracefully, SIGTERM/SIGINT fast, both exit 0 with nginx's notice lines; SIGHUP re-reads the
 * configuration. Also `nginx -v`, `-V`, `-t`, `-T` and `-s quit|stop|reload|reopen`.
 */
import type { ProcessContext, Program, SignalName } from '../types.js';
import { loadConfig, NginxConfigError } from './config.js';
import { ErrorLog } from './logs.js';
import { runMaster } from './master.js';
import { checkUpstreams } from './proxy.js';
import { siteOf, type Site } from './site.js';
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

/** The `error_log` level of the main file (`notice` in the packaged one; nginx's default is `error`). */
function errorLogLevel(ctx: ProcessContext, conf: string): string {
  return /^\s*error_log\s+\S+\s+(\w+)\s*;/m.exec(new TextDecoder().decode(ctx.fs.readFile(conf)))?.[1] ?? 'error';
}

async function readSite(ctx: ProcessContext, options: Options): Promise<Site> {
  const globals = options.globals ? `${options.globals}\n` : '';
  const config = loadConfig(ctx.fs, options.conf);
  if (globals.includes('daemon') && !/^daemon\s+(on|off)\s*;\s*$/.test(globals.trim())) throw new NginxConfigError(`unexpected end of parameter, expecting ";" in command line`);
  return checkUpstreams(ctx, siteOf(config, ctx.kernel.cpus));
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
    site = await readSite(ctx, options);
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
  return runMaster(ctx, { site, version: info.version, builtBy: info.builtBy, pidFile: pidFile(ctx, options.conf), level: errorLogLevel(ctx, options.conf), reload: () => readSite(ctx, options) });
};

