/**
 * @module
 * Between Node's HTTP server and the Web-standard engine handler: an `IncomingMessage` becomes a
 * `Request` (body streamed, aborted when the client leaves), a `Response` is written back — whole
 * when its length is known, otherwise with headers flushed at once and each chunk sent as it
 * comes, which is what `wait`, `events` and `logs --follow` need (engine-api-flows.md §3.4).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Duplex } from 'node:stream';
import { completeBody } from '../engine-api/respond.js';

/** Go's `CanonicalMIMEHeaderKey`: `api-version` → `Api-Version`, as the daemon writes header names. */
export function canonicalHeader(name: string): string {
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/** The response's headers with Go's canonical names. */
export function headersOf(response: Response, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!skip.includes(name.toLowerCase())) out[canonicalHeader(name)] = value;
  });
  return out;
}

/** The request's headers for a Web `Request` (repeated headers joined as Node does). */
function requestHeaders(req: IncomingMessage): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) out.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
  return out;
}

/** The URL of a request line (`/v1.50/containers/json?all=1`); the authority is irrelevant to the daemon. */
export function requestUrl(req: IncomingMessage): string {
  const target = req.url ?? '/';
  return target.startsWith('/') ? `http://localhost${target}` : `http://localhost/${target}`;
}

/**
 * A Web `Request` for `req`; `body` overrides the body (upgrade requests, whose body Node does not
 * parse). The client-gone signal travels beside it (`handler(request, { signal })`): tying it
 * into the Request would cost more than the rest of a small request.
 */
export function toWebRequest(req: IncomingMessage, body?: Uint8Array | null): Request {
  const method = req.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers: requestHeaders(req) };
  if (body !== undefined) init.body = body && body.length > 0 ? (body as BodyInit) : null;
  else if (method !== 'GET' && method !== 'HEAD' && req.headers['content-length'] !== '0') {
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(requestUrl(req), init);
}

/** Writes bytes, waiting while the connection is congested; false once it is gone. */
export function writeWithBackpressure(stream: ServerResponse | Duplex, bytes: Uint8Array): Promise<boolean> {
  if (stream.destroyed) return Promise.resolve(false);
  if (stream.write(bytes)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    stream.once('drain', onDrain);
    stream.once('close', onClose);
  });
}

/** Copies a response body into `sink` until it ends or the sink goes away (then the body is cancelled). */
export async function pipeBody(body: ReadableStream<Uint8Array>, sink: ServerResponse | Duplex): Promise<void> {
  const reader = body.getReader();
  const onClose = () => void reader.cancel().catch(() => undefined);
  sink.once('close', onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value && !(await writeWithBackpressure(sink, value))) break;
    }
  } catch {
    // The stream failed after the status was sent: all a client can see is the connection ending.
  } finally {
    sink.off('close', onClose);
    await reader.cancel().catch(() => undefined);
  }
}

/** Writes `response` to `res`: whole if it has a length, else streamed with headers flushed first. */
export async function writeResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  const headers = headersOf(response);
  if (response.statusText) res.statusMessage = response.statusText;
  if (method === 'HEAD' || !response.body || response.headers.has('Content-Length')) {
    const body = method === 'HEAD' || !response.body ? undefined : (completeBody(response) ?? new Uint8Array(await response.arrayBuffer()));
    if (method === 'HEAD') await response.body?.cancel().catch(() => undefined);
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  res.writeHead(response.status, headers);
  res.flushHeaders();
  await pipeBody(response.body, res);
  res.end();
}
