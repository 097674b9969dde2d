/**
 * @module
 * Responses as the daemon writes them: JSON through Go's encoder (a trailing newline; `<`, `>`
 * and `&` escaped only where the daemon's encoder does), errors as `{"message": …}` with
 * `Content-Type` exactly `application/json`, and streams that are sent as they are produced
 * (the Node server flushes headers at once for any body without a `Content-Length`).
 */
import { STATUS_TEXT, statusOf } from './status.js';

/**
 * Fields of the wire types that are Go maps. Go's encoder writes a map's keys sorted, whatever
 * order they were set in; a struct keeps its field order, which our records already follow.
 */
const MAP_FIELDS = new Set([
  'Labels', 'PortBindings', 'ExposedPorts', 'Volumes', 'Ports', 'Networks', 'EndpointsConfig', 'Options', 'DriverOpts',
  'Attributes', 'Sysctls', 'Tmpfs', 'StorageOpt', 'Config', 'Data', 'Status', 'Containers', 'Annotations',
]);

function sortMaps(this: unknown, key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !MAP_FIELDS.has(key)) return value;
  const keys = Object.keys(value);
  if (keys.length < 2) return value;
  // LogConfig.Config is a map; a container's or image's Config is a struct (exported Go field names).
  if (key === 'Config' && keys.every((k) => /^[A-Z][A-Za-z0-9]*$/.test(k))) return value;
  const sorted: Record<string, unknown> = {};
  for (const k of keys.sort()) sorted[k] = (value as Record<string, unknown>)[k];
  return sorted;
}

/** Go's `json.Encoder` output for `value`: JSON (maps with sorted keys), optionally HTML-escaped, and a newline. */
export function goJson(value: unknown, escapeHtml = false): string {
  let text = JSON.stringify(value ?? null, sortMaps).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  if (escapeHtml) text = text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `${text}\n`;
}

function init(status: number, headers: Record<string, string>): ResponseInit {
  return { status, statusText: STATUS_TEXT[status] ?? '', headers };
}

/** The bytes of complete answers built here, so a server can send them without reading the body stream. */
const completeBodies = new WeakMap<Response, Uint8Array>();

/** A complete answer's bytes, if `response` was built with its body known (and it is unread). */
export function completeBody(response: Response): Uint8Array | undefined {
  return response.bodyUsed ? undefined : completeBodies.get(response);
}

function complete(body: Uint8Array, status: number, headers: Record<string, string>): Response {
  const response = new Response(body as BodyInit, init(status, { ...headers, 'Content-Length': String(body.length) }));
  completeBodies.set(response, body);
  return response;
}

/** A complete JSON answer (moby `httputils.WriteJSON`). */
export function json(value: unknown, status = 200): Response {
  return complete(new TextEncoder().encode(goJson(value)), status, { 'Content-Type': 'application/json' });
}

/** An answer without a body (204 for start/stop/…, 200 for resize). */
export function empty(status = 204, headers: Record<string, string> = {}): Response {
  return new Response(null, init(status, status === 204 || status === 304 ? headers : { 'Content-Length': '0', ...headers }));
}

/** A plain-text answer with its length. */
export function text(body: string, status = 200, contentType = 'text/plain; charset=utf-8'): Response {
  return complete(new TextEncoder().encode(body), status, { 'Content-Type': contentType });
}

/** The daemon's error answer: `{"message": …}` as `application/json`; a 304 has no body. */
export function errorResponse(error: unknown): Response {
  const status = statusOf(error);
  if (status === 304) return new Response(null, init(304, { 'Content-Type': 'application/json' }));
  const message = error instanceof Error ? error.message : String(error);
  return json({ message }, status);
}

/** Go's `http.Error`: the plain-text error the daemon uses for clients older than API 1.24. */
export function plainTextError(error: unknown): Response {
  const message = error instanceof Error ? error.message : String(error);
  const response = text(`${message}\n`, statusOf(error));
  response.headers.set('X-Content-Type-Options', 'nosniff');
  return response;
}

/**
 * A body produced item by item: each item of `source` is encoded and sent as soon as it comes;
 * nothing is read before the client asks. Cancelling the body stops `source`.
 */
export function streamBody<T>(source: AsyncIterable<T>, encode: (item: T) => Uint8Array): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encode(value));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** A streamed answer of JSON values, one per line (events, progress), flushed as they come. */
export function jsonLines<T>(source: AsyncIterable<T>, toWire: (item: T) => unknown = (item) => item, separator = '\n', escapeHtml = false): Response {
  const encoder = new TextEncoder();
  const body = streamBody(source, (item) => encoder.encode(goJson(toWire(item), escapeHtml).slice(0, -1) + separator));
  return new Response(body, init(200, { 'Content-Type': 'application/json' }));
}

/** A streamed answer of raw bytes (logs, archives, exports) with its media type. */
export function byteStream(source: AsyncIterable<Uint8Array>, contentType: string, status = 200): Response {
  return new Response(streamBody(source, (bytes) => bytes), init(status, { 'Content-Type': contentType }));
}
