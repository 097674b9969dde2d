/**
 * @module
 * A `fetch` for Node that reaches a daemon on a unix socket (or a TCP address) — what the docker
 * CLI does with `DOCKER_HOST=unix:///…`, and what global `fetch` cannot. It also speaks the
 * hijack: a request with `Upgrade: tcp` that the daemon answers `101` resolves to a response
 * carrying the connection ({@link claimHijack}), so the HTTP client attaches and execs over a real
 * socket exactly as it does in-process.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { Duplex } from 'node:stream';
import type { FetchLike } from '../client/http/transport.js';
import { hijackResponse, RAW_STREAM, type Hijack, type HijackIO, type StreamMediaType } from '../client/wire/hijack.js';
import { writeWithBackpressure } from './bridge.js';

/** Where to connect: a unix socket or a TCP address. */
export type ConnectTarget = { readonly socketPath: string } | { readonly host: string; readonly port: number };

function responseHeaders(res: IncomingMessage): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) out.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
  return out;
}

/** The client side of an upgraded connection: stdin up (half-closing at its end), output down until the daemon closes. */
function clientExchange(socket: Duplex, head: Uint8Array, io: HijackIO): Promise<void> {
  return new Promise<void>((resolve) => {
    const writes: Promise<unknown>[] = [];
    if (head.length > 0) writes.push(io.write(new Uint8Array(head)));
    socket.on('data', (chunk: Uint8Array) => writes.push(io.write(new Uint8Array(chunk))));
    socket.on('error', () => undefined);
    const finish = () => void Promise.allSettled(writes).then(() => resolve());
    socket.once('end', finish);
    socket.once('close', finish);
    const abort = () => socket.destroy();
    if (io.signal.aborted) abort();
    else io.signal.addEventListener('abort', abort, { once: true });
    void (async () => {
      try {
        for await (const chunk of io.input) if (!(await writeWithBackpressure(socket, chunk))) return;
        if (!socket.destroyed) socket.end();
      } catch {
        socket.destroy();
      }
    })();
  });
}

/** A `fetch` over Node's HTTP client to `target`. */
export function connectionFetch(target: ConnectTarget): FetchLike {
  return async (request) => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    // An upgrade request's body must be delimited by Content-Length: what follows it is stdin.
    const upgrade = request.headers.has('upgrade');
    const buffered = upgrade && request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    if (buffered) headers['content-length'] = String(buffered.length);
    return new Promise<Response>((resolve, reject) => {
      const url = new URL(request.url);
      const req = httpRequest({ ...target, method: request.method, path: `${url.pathname}${url.search}`, headers });
      const signal = request.signal;
      const onAbort = () => req.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      req.once('error', reject);
      req.once('response', (res) => {
        const status = res.statusCode ?? 500;
        const noBody = status === 204 || status === 304 || request.method === 'HEAD';
        if (noBody) res.resume();
        res.once('close', () => signal.removeEventListener('abort', onAbort));
        const body = noBody ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
        resolve(new Response(body, { status, statusText: res.statusMessage ?? '', headers: responseHeaders(res) }));
      });
      req.once('upgrade', (res, socket, head) => {
        signal.removeEventListener('abort', onAbort);
        const mediaType = (res.headers['content-type'] as StreamMediaType | undefined) ?? RAW_STREAM;
        const hijack: Hijack = { mediaType, run: (io) => clientExchange(socket, head, io) };
        resolve(hijackResponse(hijack, Object.fromEntries(responseHeaders(res))));
      });
      if (buffered) req.end(buffered);
      else if (request.body) Readable.fromWeb(request.body as import('node:stream/web').ReadableStream<Uint8Array>).pipe(req);
      else req.end();
    });
  };
}

/** A `fetch` that reaches the daemon listening on the unix socket `socketPath`. */
export function unixSocketFetch(socketPath: string): FetchLike {
  return connectionFetch({ socketPath });
}
