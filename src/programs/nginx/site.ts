/**
 * @module
 * What nginx serves, distilled from its configuration: the `http` block's servers with their
 * `listen` ports, `server_name`s, `root`, `index`, `error_page`s and `location`s (exact `=` and
 * prefix matches, `root`/`index`/`return` inside), the MIME types, the logs and the worker count.
 */
import { find, findAll, NginxConfigError, type Directive } from './config.js';

/** A `location` block. */
export interface Location {
  readonly exact: boolean;
  readonly path: string;
  readonly root: string;
  readonly index: readonly string[];
  /** `return code [text|URL]`. */
  readonly ret?: { readonly code: number; readonly text?: string };
  /** `proxy_pass http://host[:port][/path]`, with where it was written (for `host not found`). */
  readonly proxy?: Upstream;
}

/** A `proxy_pass` target. */
export interface Upstream {
  readonly host: string;
  readonly port: number;
  /** The URI part, when given (`/api/`): it replaces the matched location prefix. */
  readonly path?: string;
  readonly file: string;
  readonly line: number;
}

function upstream(d: Directive): Upstream {
  const m = /^http:\/\/([^/:]+)(?::(\d+))?(\/.*)?$/.exec(d.args[0] ?? '');
  if (!m) throw new NginxConfigError(`invalid URL prefix in ${d.file}:${d.line}`);
  return { host: m[1]!, port: m[2] ? Number(m[2]) : 80, ...(m[3] ? { path: m[3] } : {}), file: d.file, line: d.line };
}

/** A `server` block. */
export interface Server {
  readonly ports: readonly number[];
  readonly names: readonly string[];
  readonly locations: readonly Location[];
  /** Status → URI of the page shown instead of the built-in one. */
  readonly errorPages: ReadonlyMap<number, string>;
  /** A location for URIs no block matches: the server's own root and index. */
  readonly fallback: Location;
}

/** Everything the running server needs. */
export interface Site {
  readonly servers: readonly Server[];
  /** Extension → MIME type. */
  readonly types: ReadonlyMap<string, string>;
  readonly defaultType: string;
  /** `access_log` path, or null for `off`. */
  readonly accessLog: string | null;
  readonly errorLog: string;
  /** `worker_processes` (`auto` → the CPU count). */
  readonly workers: number;
  /** Upstream names resolved when the configuration was read (nginx resolves them once). */
  readonly upstreams?: ReadonlyMap<string, string>;
}

const arg = (d: Directive | undefined, i = 0): string | undefined => d?.args[i];

function parseListen(d: Directive): number {
  const text = (d.args[0] ?? '').replace(/^\[[^\]]*\]:/, '').replace(/^[^:]*:(?=\d+$)/, '');
  const port = Number(text);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new NginxConfigError(`invalid port in "${d.args[0] ?? ''}" of the "listen" directive in ${d.file}:${d.line}`);
  return port;
}

function location(d: Directive, root: string, index: readonly string[]): Location {
  const exact = d.args[0] === '=';
  const path = (exact ? d.args[1] : d.args[0]) ?? '/';
  const ret = find(d.block, 'return');
  const proxy = find(d.block, 'proxy_pass');
  const code = ret ? Number(ret.args[0]) : 0;
  return {
    exact,
    path,
    root: arg(find(d.block, 'root')) ?? root,
    index: find(d.block, 'index')?.args ?? index,
    ...(ret ? { ret: { code, ...(ret.args[1] !== undefined ? { text: ret.args[1] } : {}) } } : {}),
    ...(proxy ? { proxy: upstream(proxy) } : {}),
  };
}

/** The site a configuration describes; `cpus` sizes `worker_processes auto`. */
export function siteOf(config: readonly Directive[], cpus: number): Site {
  const http = find(config, 'http');
  const httpRoot = arg(find(http?.block, 'root')) ?? '/etc/nginx/html';
  const httpIndex = find(http?.block, 'index')?.args ?? ['index.html'];
  const types = new Map<string, string>();
  for (const t of findAll(http?.block, 'types')) for (const d of t.block ?? []) for (const ext of d.args) types.set(ext, d.name);
  const servers = findAll(http?.block, 'server').map((s): Server => {
    const root = arg(find(s.block, 'root')) ?? httpRoot;
    const index = find(s.block, 'index')?.args ?? httpIndex;
    const errorPages = new Map<number, string>();
    for (const e of findAll(s.block, 'error_page')) {
      const uri = e.args[e.args.length - 1] ?? '';
      for (const code of e.args.slice(0, -1)) errorPages.set(Number(code), uri);
    }
    const listens = findAll(s.block, 'listen').map(parseListen);
    return {
      ports: [...new Set(listens.length > 0 ? listens : [80])],
      names: find(s.block, 'server_name')?.args ?? [''],
      locations: findAll(s.block, 'location').map((l) => location(l, root, index)),
      errorPages,
      fallback: { exact: false, path: '', root, index },
    };
  });
  const access = find(http?.block, 'access_log');
  const workers = arg(find(config, 'worker_processes')) ?? '1';
  return {
    servers,
    types,
    defaultType: arg(find(http?.block, 'default_type')) ?? 'text/plain',
    accessLog: access ? (access.args[0] === 'off' ? null : access.args[0] ?? null) : '/var/log/nginx/access.log',
    errorLog: arg(find(config, 'error_log')) ?? '/var/log/nginx/error.log',
    workers: workers === 'auto' ? Math.max(1, cpus) : Math.max(1, Number(workers) || 1),
  };
}

/** The location serving `uri`: an exact match, else the longest matching prefix, else the server's own root. */
export function locate(server: Server, uri: string): Location {
  const exact = server.locations.find((l) => l.exact && l.path === uri);
  if (exact) return exact;
  let best: Location | undefined;
  for (const l of server.locations) if (!l.exact && uri.startsWith(l.path) && (!best || l.path.length > best.path.length)) best = l;
  return best ?? server.fallback;
}

/** The server for a request on `port` with `Host: host`: a name match, else the port's first server. */
export function serverFor(site: Site, port: number, host: string): Server | undefined {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  const onPort = site.servers.filter((s) => s.ports.includes(port));
  return onPort.find((s) => s.names.includes(name)) ?? onPort[0];
}
