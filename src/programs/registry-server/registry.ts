/**
 * @module
 * `registry` (`/bin/registry`, CNCF distribution): `registry serve <config.yml>` reads its
 * configuration (`http.addr`, `storage.filesystem.rootdirectory`, overridable by
 * `REGISTRY_HTTP_ADDR` / `REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY`), logs its start-up lines in
 * logrus format, listens, and serves the V2 API from its storage directory, with an access log
 * line per request on stdout. `registry --version` names the build. SIGTERM/SIGINT end it (0).
 */
import { parse } from 'yaml';
import { header, readRequest, serializeMessage, StreamReader } from '../net/http-message.js';
import type { ProcessContext, Program, Socket } from '../types.js';
import { accessLine } from '../nginx/logs.js';
import { RegistryApi } from './api.js';
import { logrusLine } from './logrus.js';
import { RegistryStorage } from './storage.js';
import { readText } from '../utils/text-file.js';

/** The version a binary names (`# registry v2.8.3` after its marker), for `--version` and the logs. */
function versionOf(ctx: ProcessContext): string {
  for (const path of ['/bin/registry', '/usr/local/bin/registry']) {
    const m = /# registry v(\S+)/.exec(readText(ctx.fs, path));
    if (m) return m[1]!;
  }
  return '2.8.3';
}

interface Settings {
  readonly port: number;
  readonly root: string;
}

function settings(ctx: ProcessContext, file: string): Settings | string {
  let doc: { http?: { addr?: string }; storage?: { filesystem?: { rootdirectory?: string } } };
  try {
    doc = (parse(new TextDecoder().decode(ctx.fs.readFile(file))) ?? {}) as typeof doc;
  } catch (e) {
    return e instanceof Error && 'code' in e && e.code === 'ENOENT' ? `open ${file}: no such file or directory` : `yaml: ${e instanceof Error ? e.message : String(e)}`;
  }
  const addr = ctx.env['REGISTRY_HTTP_ADDR'] ?? doc.http?.addr ?? ':5000';
  const root = ctx.env['REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY'] ?? doc.storage?.filesystem?.rootdirectory ?? '/var/lib/registry';
  return { port: Number(addr.slice(addr.lastIndexOf(':') + 1)) || 5000, root };
}

const USAGE = '`registry`\n\nUsage:\n  registry [flags]\n  registry [command]\n\nAvailable Commands:\n  garbage-collect `garbage-collect` deletes layers not referenced by any manifests\n  help            Help about any command\n  serve           `serve` stores and distributes Docker images\n\nFlags:\n  -h, --help=false: help for registry\n  -v, --version=false: show the version and exit\n\n\nUse "registry help [command]" for more information about a command.\n';

async function serveConnection(ctx: ProcessContext, api: RegistryApi, socket: Socket): Promise<void> {
  const reader = new StreamReader(socket);
  try {
    for (;;) {
      const request = await readRequest(reader);
      if (!request) break;
      const response = api.handle(request);
      socket.write(serializeMessage(`HTTP/1.1 ${response.status} ${STATUS[response.status] ?? ''}`, response.headers, response.body));
      const ua = header(request.headers, 'user-agent');
      // gorilla/handlers' combined log: an absent Referer is written as "".
      ctx.stdout.write(accessLine({ client: socket.remote.address, now: ctx.clock.now(), request: `${request.method} ${request.target} ${request.version}`, status: response.status, bytes: response.body.length, referer: header(request.headers, 'referer') ?? '', ...(ua ? { userAgent: ua } : {}) }).replace(/ "-"\n$/, '\n'));
      if ((header(request.headers, 'connection') ?? '').toLowerCase() === 'close') break;
    }
  } finally {
    socket.close();
  }
}

const STATUS: { readonly [code: number]: string } = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed' };

/** The `registry` program. */
export const registry: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const version = versionOf(ctx);
  if (args[0] === '-v' || args[0] === '--version') {
    ctx.stdout.write(version.startsWith('2') ? `registry github.com/docker/distribution v${version}\n` : `registry github.com/distribution/distribution/v3 v${version}\n`);
    return 0;
  }
  if (args[0] !== 'serve') {
    ctx.stdout.write(USAGE);
    return args.length === 0 || args[0] === 'help' || args[0] === '-h' || args[0] === '--help' ? 0 : 1;
  }
  const config = args[1] ?? ctx.env['REGISTRY_CONFIGURATION_PATH'];
  if (!config) {
    ctx.stderr.write('configuration error: configuration path unspecified\n');
    return 1;
  }
  const found = settings(ctx, config);
  if (typeof found === 'string') {
    ctx.stderr.write(`configuration error: ${found}\n\n${USAGE}`);
    return 1;
  }
  const uuid = Array.from(ctx.random.bytes(16), (b) => b.toString(16).padStart(2, '0')).join('');
  const fields = { 'go.version': version.startsWith('2') ? 'go1.20.8' : 'go1.23.7', 'instance.id': `${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-${uuid.slice(12, 16)}-${uuid.slice(16, 20)}-${uuid.slice(20)}`, service: 'registry', version: version.startsWith('2') ? version : `v${version}` };
  const log = (level: string, msg: string) => ctx.stderr.write(logrusLine(ctx.clock.now(), level, msg, fields));
  log('warning', 'No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.');
  log('info', 'redis not configured');
  log('info', `Starting upload purge in ${20 + ctx.random.int(10)}m0s`);
  log('info', 'using inmemory blob descriptor cache');
  const listener = ctx.net.listen(found.port);
  log('info', `listening on [::]:${found.port}`);
  const api = new RegistryApi(new RegistryStorage(ctx.fs, found.root), ctx.random);
  void (async () => {
    for (let socket = await listener.accept(); socket; socket = await listener.accept()) void serveConnection(ctx, api, socket).catch(() => undefined);
  })().catch(() => undefined);
  await ctx.signals.next('SIGTERM', 'SIGINT');
  listener.close();
  return 0;
};

/** `docker-entrypoint-registry`: the image's `/entrypoint.sh` — a config file or subcommand becomes `registry …`, then `exec "$@"`. */
export const registryEntrypoint: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const first = args[0] ?? '';
  if (/\.ya?ml$/.test(first)) return ctx.execve(['registry', 'serve', ...args]);
  if (['serve', 'garbage-collect', 'help'].includes(first) || first.startsWith('-')) return ctx.execve(['registry', ...args]);
  return ctx.execve(args);
};
