/**
 * @module
 * An HTTP/1.1 client over the container's network stack, as wget and curl use it: parse the URL,
 * resolve and connect (failing with the network's ENOTFOUND / ECONNREFUSED / ETIMEDOUT), send one
 * request with `Connection: close`, and read the response.
 */
import type { ProcessNet } from '../types.js';
import { readResponse, serializeMessage, StreamReader, type HeaderList, type HttpResponse } from './http-message.js';

/** A URL split as the clients need it. */
export interface Target {
  readonly scheme: string;
  readonly host: string;
  readonly port: number;
  /** Path and query (`/items?x=1`). */
  readonly path: string;
  /** `host` or `host:port` as the Host header carries it. */
  readonly authority: string;
}

/** Parses `http://host[:port]/path` (a missing scheme means http); undefined when it is not a URL. */
export function parseTarget(text: string): Target | undefined {
  const withScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  const scheme = url.protocol.replace(/:$/, '');
  const port = url.port ? Number(url.port) : scheme === 'https' ? 443 : 80;
  return { scheme, host: url.hostname.replace(/^\[|\]$/g, ''), port, path: `${url.pathname || '/'}${url.search}`, authority: url.port ? `${url.hostname}:${url.port}` : url.hostname };
}

/** The file name a URL path saves as: its last segment, `index.html` for a directory. */
export function lastSegment(path: string): string {
  const clean = path.split('?')[0] ?? '';
  return clean.slice(clean.lastIndexOf('/') + 1) || 'index.html';
}

/** What to send. */
export interface RequestOptions {
  readonly method?: string;
  readonly headers?: HeaderList;
  readonly body?: string | Uint8Array;
  readonly timeoutMs?: number;
}

/** Sends one request and reads the response. Throws the network's {@link NetError}s. */
export async function httpRequest(net: ProcessNet, target: Target, options: RequestOptions = {}): Promise<HttpResponse | null> {
  const socket = await net.connect(target.host, target.port, options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {});
  const method = options.method ?? 'GET';
  const headers: (readonly [string, string])[] = [['Host', target.authority], ...(options.headers ?? [])];
  if (options.body !== undefined && !headers.some(([n]) => n.toLowerCase() === 'content-length')) headers.push(['Content-Length', String(typeof options.body === 'string' ? new TextEncoder().encode(options.body).length : options.body.length)]);
  if (!headers.some(([n]) => n.toLowerCase() === 'connection')) headers.push(['Connection', 'close']);
  socket.write(serializeMessage(`${method} ${target.path} HTTP/1.1`, headers, options.body));
  try {
    return await readResponse(new StreamReader(socket), method === 'HEAD');
  } finally {
    socket.close();
  }
}
