/**
 * @module
 * One HTTP/1.1 exchange over a simulated connection, as a browser or `curl` makes it: parse the
 * URL, connect, send the request with `Host`, `User-Agent`, `Accept` and `Connection: close`,
 * read the response. Used by `host.request('http://localhost:3000/')`.
 */
import type { Socket } from '../../programs/types.js';
import { readResponse, StreamReader, writeRequest, type HttpHeaders, type HttpResponse } from './codec.js';

/** Options of {@link httpRequest}. */
export interface HttpRequestInit {
  readonly method?: string;
  readonly headers?: { readonly [name: string]: string };
  readonly body?: string | Uint8Array;
  /** Connect timeout in virtual ms. */
  readonly timeoutMs?: number;
}

/** Opens a connection to `host:port`. */
export type Dialer = (host: string, port: number, timeoutMs?: number) => Promise<Socket>;

/** The parts of an `http://` URL. */
export function parseHttpUrl(url: string): { readonly host: string; readonly port: number; readonly target: string } {
  const m = /^http:\/\/(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?([^#]*)/i.exec(url);
  if (!m) throw new TypeError(`only http:// URLs are simulated: ${url}`);
  const target = m[3] === '' || m[3]!.startsWith('?') ? `/${m[3]}` : m[3]!;
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: m[2] ? Number(m[2]) : 80, target };
}

/** Sends one request and reads the response; the connection is closed afterwards. */
export async function httpRequest(dial: Dialer, url: string, init: HttpRequestInit = {}): Promise<HttpResponse> {
  const { host, port, target } = parseHttpUrl(url);
  const method = (init.method ?? 'GET').toUpperCase();
  const socket = await dial(host, port, init.timeoutMs);
  const given = Object.entries(init.headers ?? {});
  const has = (name: string) => given.some(([n]) => n.toLowerCase() === name);
  const headers: [string, string][] = [];
  if (!has('host')) headers.push(['Host', port === 80 ? host : `${host}:${port}`]);
  if (!has('user-agent')) headers.push(['User-Agent', 'dockersim']);
  if (!has('accept')) headers.push(['Accept', '*/*']);
  if (!has('connection')) headers.push(['Connection', 'close']);
  headers.push(...given);
  try {
    writeRequest(socket, { method, target, headers: headers as HttpHeaders, ...(init.body !== undefined ? { body: init.body } : {}) });
    return await readResponse(new StreamReader(socket), method);
  } finally {
    socket.close();
  }
}
