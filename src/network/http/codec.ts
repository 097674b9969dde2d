/**
 * @module
 * A small HTTP/1.1 codec over a simulated {@link Socket}, for both ends: clients (the host's
 * "browser", `curl`/`wget` in containers) write requests and read responses; servers (nginx, an
 * app) read requests and write responses. Bodies are framed by `Content-Length`, by chunked
 * transfer encoding, or (responses) by the connection closing — RFC 9112's rules.
 */
import { header, StreamReader } from '../../programs/net/http-message.js';
import { concatBytes } from '../../programs/process/streams.js';
import type { Socket } from '../../programs/types.js';

// The byte-stream reader and header lookup are the programs layer's (curl, nginx, the todo app
// read HTTP with them too); the network layer's codec builds its messages on them.
export { header, StreamReader };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Header fields in order, names as sent. */
export type HttpHeaders = readonly (readonly [name: string, value: string])[];

/** A request as a server sees it. */
export interface HttpRequest {
  readonly method: string;
  /** The request target (`/index.html?x=1`). */
  readonly target: string;
  readonly version: string;
  readonly headers: HttpHeaders;
  readonly body: Uint8Array;
}

/** A response as a client sees it. */
export interface HttpResponse {
  readonly version: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: HttpHeaders;
  readonly body: Uint8Array;
}

/** The body as UTF-8 text. */
export function bodyText(message: { readonly body: Uint8Array }): string {
  return decoder.decode(message.body);
}

/** A malformed message. */
export class HttpParseError extends Error {}

async function readHeaders(reader: StreamReader): Promise<[string, string][]> {
  const headers: [string, string][] = [];
  for (;;) {
    const line = await reader.line();
    if (line === null) throw new HttpParseError('connection closed inside the header');
    if (line === '') return headers;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new HttpParseError(`bad header line: ${line}`);
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
}

async function readChunked(reader: StreamReader): Promise<Uint8Array> {
  let body: Uint8Array = new Uint8Array(0);
  for (;;) {
    const sizeLine = await reader.line();
    if (sizeLine === null) throw new HttpParseError('connection closed inside a chunked body');
    const size = parseInt(sizeLine.split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size)) throw new HttpParseError(`bad chunk size: ${sizeLine}`);
    if (size === 0) {
      for (let l = await reader.line(); l !== null && l !== ''; l = await reader.line());
      return body;
    }
    body = concatBytes([body, await reader.bytes(size)]);
    await reader.line();
  }
}

async function readBody(reader: StreamReader, headers: HttpHeaders, untilClose: boolean): Promise<Uint8Array> {
  if ((header(headers, 'transfer-encoding') ?? '').toLowerCase().includes('chunked')) return readChunked(reader);
  const length = header(headers, 'content-length');
  if (length !== undefined) return reader.bytes(Number(length));
  return untilClose ? reader.rest() : new Uint8Array(0);
}

/** Reads one request (null when the client closed the connection first). */
export async function readRequest(reader: StreamReader): Promise<HttpRequest | null> {
  let line = await reader.line();
  while (line === '') line = await reader.line();
  if (line === null) return null;
  const [method = '', target = '/', version = 'HTTP/1.0'] = line.split(' ');
  const headers = await readHeaders(reader);
  return { method, target, version, headers, body: await readBody(reader, headers, false) };
}

/** Reads one response; a body without framing runs until the server closes. */
export async function readResponse(reader: StreamReader, method = 'GET'): Promise<HttpResponse> {
  const line = await reader.line();
  if (line === null) throw new HttpParseError('empty reply from server');
  const m = /^(HTTP\/\d(?:\.\d)?) (\d{3})(?: (.*))?$/.exec(line);
  if (!m) throw new HttpParseError(`bad status line: ${line}`);
  const headers = await readHeaders(reader);
  const status = Number(m[2]);
  const bodyless = method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
  return { version: m[1]!, status, statusText: m[3] ?? '', headers, body: bodyless ? new Uint8Array(0) : await readBody(reader, headers, true) };
}

function bytesOf(body: string | Uint8Array | undefined): Uint8Array {
  return body === undefined ? new Uint8Array(0) : typeof body === 'string' ? encoder.encode(body) : body;
}

function head(first: string, headers: HttpHeaders): string {
  return `${first}\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
}

/** Writes a request; adds `Content-Length` for a body when none is given. */
export function writeRequest(socket: Pick<Socket, 'write'>, request: { readonly method: string; readonly target: string; readonly headers?: HttpHeaders; readonly body?: string | Uint8Array }): void {
  const body = bytesOf(request.body);
  const headers = [...(request.headers ?? [])];
  if (body.length > 0 && header(headers, 'content-length') === undefined) headers.push(['Content-Length', String(body.length)]);
  socket.write(head(`${request.method} ${request.target} HTTP/1.1`, headers));
  if (body.length > 0) socket.write(body);
}

/** Reason phrases of the common status codes. */
export const STATUS_TEXT: { readonly [code: number]: string } = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** Writes a response with `Content-Length` (unless given). */
export function writeResponse(socket: Pick<Socket, 'write'>, response: { readonly status: number; readonly statusText?: string; readonly headers?: HttpHeaders; readonly body?: string | Uint8Array }): void {
  const body = bytesOf(response.body);
  const headers = [...(response.headers ?? [])];
  if (header(headers, 'content-length') === undefined && header(headers, 'transfer-encoding') === undefined) headers.push(['Content-Length', String(body.length)]);
  socket.write(head(`HTTP/1.1 ${response.status} ${response.statusText ?? STATUS_TEXT[response.status] ?? ''}`.trimEnd(), headers));
  if (body.length > 0) socket.write(body);
}
