/**
 * @module
 * nginx's `proxy_pass` to an HTTP upstream (an app container by name, the usual reverse-proxy
 * lesson): upstream names must resolve when the configuration is read (`host not found in
 * upstream "app"`, and nginx does not start); each request goes to the upstream over HTTP/1.0
 * with `Host: $proxy_host`, its answer comes back under nginx's `Server` header; an upstream that
 * refuses or cannot be reached is a 502 with nginx's `connect() failed (111: Connection refused)
 * while connecting to upstream` error line.
 */
import { header, readResponse, serializeMessage, StreamReader, type HttpRequest } from '../net/http-message.js';
import { NetError, type ProcessContext } from '../types.js';
import { NginxConfigError } from './config.js';
import type { Answer } from './respond.js';
import { httpDate, specialPage } from './respond.js';
import type { Location, Site, Upstream } from './site.js';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Resolves every upstream name of `site` as nginx does when it reads its configuration. */
export async function checkUpstreams(ctx: ProcessContext, site: Site): Promise<Site> {
  const upstreams = new Map<string, string>();
  for (const server of site.servers) {
    for (const loc of server.locations) {
      const up = loc.proxy;
      if (!up || IPV4.test(up.host)) continue;
      try {
        const [address] = await ctx.net.resolve(up.host);
        if (address === undefined) throw new NetError('ENOTFOUND', up.host);
        upstreams.set(up.host, address);
      } catch (error) {
        if (!(error instanceof NetError)) throw error;
        throw new NginxConfigError(`host not found in upstream "${up.host}" in ${up.file}:${up.line}`);
      }
    }
  }
  return { ...site, upstreams };
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'server', 'date', 'content-length']);

/** The upstream URI of a request under `loc`: the location prefix replaced when proxy_pass names a path. */
function upstreamUri(loc: Location, up: Upstream, target: string): string {
  return up.path === undefined ? target : `${up.path}${target.slice(loc.path.length)}`;
}

/** Forwards `request` to the location's upstream. */
export async function proxy(ctx: ProcessContext, site: Site, loc: Location, request: HttpRequest, version: string, keepAlive: boolean, context: string): Promise<Answer> {
  const up = loc.proxy!;
  const base = (status: number, type: string, length: number): [string, string][] => [['Server', `nginx/${version}`], ['Date', httpDate(ctx.clock.now())], ['Content-Type', type], ['Content-Length', String(length)], ['Connection', keepAlive ? 'keep-alive' : 'close']];
  const address = site.upstreams?.get(up.host) ?? up.host;
  try {
    const socket = await ctx.net.connect(address, up.port);
    try {
      const uri = upstreamUri(loc, up, request.target);
      const headers: (readonly [string, string])[] = [['Host', up.port === 80 ? up.host : `${up.host}:${up.port}`], ['Connection', 'close'], ...request.headers.filter(([n]) => !['host', 'connection'].includes(n.toLowerCase()))];
      socket.write(serializeMessage(`${request.method} ${uri} HTTP/1.0`, headers, request.body));
      const response = await readResponse(new StreamReader(socket), request.method === 'HEAD');
      if (!response) throw new NetError('ECONNRESET', 'upstream prematurely closed connection');
      const type = header(response.headers, 'content-type') ?? 'application/octet-stream';
      const rest = response.headers.filter(([n]) => !HOP_BY_HOP.has(n.toLowerCase()) && n.toLowerCase() !== 'content-type');
      return { status: response.status, headers: [...base(response.status, type, response.body.length), ...rest], body: response.body, errors: [] };
    } finally {
      socket.close();
    }
  } catch (error) {
    if (!(error instanceof NetError)) throw error;
    const why = error.code === 'ECONNREFUSED' ? '(111: Connection refused)' : error.code === 'ETIMEDOUT' ? '(110: Connection timed out)' : '(113: No route to host)';
    const body = new TextEncoder().encode(specialPage(502, version));
    // nginx names the upstream before the Host header at the end of the line.
    const [head, host = ''] = context.split(/(?=, host: ")/);
    const line = `connect() failed ${why} while connecting to upstream, ${head}, upstream: "http://${address}:${up.port}${upstreamUri(loc, up, request.target)}"${host}`;
    return { status: 502, headers: base(502, 'text/html', body.length), body: request.method === 'HEAD' ? new Uint8Array(0) : body, errors: [line] };
  }
}
