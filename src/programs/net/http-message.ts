/**
 * @module
 * HTTP/1.1 messages on a byte stream (RFC 9112): reading a request or response head and its body
 * (`Content-Length`, `Transfer-Encoding: chunked`, or until the connection closes) and writing
 * them. The programs' clients (wget, curl) and servers (nginx, the todo app) share it.
 */
import { concatBytes, toBytes } from '../process/streams.js';
import type { ProcessInput } from '../types.js';

/** Header fields in order, names as sent. */
export type HeaderList = readonly (readonly [string, string])[];

/** A parsed message head. */
export interface MessageHead {
  /** `GET /x HTTP/1.1` or `HTTP/1.1 200 OK`. */
  readonly startLine: string;
  readonly headers: HeaderList;
}

/** A response as a client sees it. */
export interface HttpResponse {
  readonly version: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: HeaderList;
  readonly body: Uint8Array;
}

/** A request as a server sees it. */
export interface HttpRequest {
  readonly method: string;
  readonly target: string;
  readonly version: string;
  readonly headers: HeaderList;
  readonly body: Uint8Array;
}

/** The value of header `name` (case-insensitive), if present. */
export function header(headers: HeaderList, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** A byte stream (a process's input or a socket) read in pieces: lines of the head, then exact byte counts of the body. */
export class StreamReader {
  #buffer: Uint8Array = new Uint8Array(0);
  readonly #input: Pick<ProcessInput, 'read'>;
  #ended = false;

  constructor(input: Pick<ProcessInput, 'read'>) {
    this.#input = input;
  }

  async #fill(): Promise<boolean> {
    if (this.#ended) return false;
    const chunk = await this.#input.read();
    if (!chunk) {
      this.#ended = true;
      return false;
    }
    this.#buffer = concatBytes([this.#buffer, chunk]);
    return true;
  }

  /** The next CRLF- (or LF-) terminated line, or null at end of input. */
  async line(): Promise<string | null> {
    for (;;) {
      const nl = this.#buffer.indexOf(10);
      if (nl >= 0) {
        const line = new TextDecoder().decode(this.#buffer.subarray(0, nl)).replace(/\r$/, '');
        this.#buffer = this.#buffer.subarray(nl + 1);
        return line;
      }
      if (!(await this.#fill())) {
        if (this.#buffer.length === 0) return null;
        const rest = new TextDecoder().decode(this.#buffer);
        this.#buffer = new Uint8Array(0);
        return rest;
      }
    }
  }

  /** Exactly `n` bytes (fewer at end of input). */
  async bytes(n: number): Promise<Uint8Array> {
    while (this.#buffer.length < n && (await this.#fill()));
    const out = this.#buffer.subarray(0, n);
    this.#buffer = this.#buffer.subarray(out.length);
    return out;
  }

  /** Everything until end of input. */
  async rest(): Promise<Uint8Array> {
    while (await this.#fill());
    const out = this.#buffer;
    this.#buffer = new Uint8Array(0);
    return out;
  }
}

/** Reads a message head; null when the stream ended first. */
export async function readHead(reader: StreamReader): Promise<MessageHead | null> {
  let startLine = await reader.line();
  while (startLine === '') startLine = await reader.line();
  if (startLine === null) return null;
  const headers: [string, string][] = [];
  for (let line = await reader.line(); line !== null && line !== ''; line = await reader.line()) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return { startLine, headers };
}

/** Reads a body framed by `headers`; `untilClose` when neither length nor chunking is given (responses). */
export async function readBody(reader: StreamReader, headers: HeaderList, untilClose: boolean): Promise<Uint8Array> {
  if ((header(headers, 'transfer-encoding') ?? '').toLowerCase().includes('chunked')) {
    const parts: Uint8Array[] = [];
    for (;;) {
      const size = parseInt((await reader.line()) ?? '0', 16);
      if (!(size > 0)) break;
      parts.push(await reader.bytes(size));
      await reader.line();
    }
    // Trailer fields end at an empty line.
    for (let t = await reader.line(); t !== null && t !== ''; t = await reader.line());
    return concatBytes(parts);
  }
  const length = header(headers, 'content-length');
  if (length !== undefined) return reader.bytes(Number(length));
  return untilClose ? reader.rest() : new Uint8Array(0);
}

/** Reads a whole request; null when the connection closed first. */
export async function readRequest(reader: StreamReader): Promise<HttpRequest | null> {
  const head = await readHead(reader);
  if (!head) return null;
  const [method = '', target = '/', version = 'HTTP/1.0'] = head.startLine.split(' ');
  return { method, target, version, headers: head.headers, body: await readBody(reader, head.headers, false) };
}

/** Reads a whole response (`headOnly` for HEAD requests). */
export async function readResponse(reader: StreamReader, headOnly = false): Promise<HttpResponse | null> {
  const head = await readHead(reader);
  if (!head) return null;
  const m = /^(HTTP\/\d(?:\.\d)?) (\d{3}) ?(.*)$/.exec(head.startLine);
  if (!m) return null;
  const status = Number(m[2]);
  const noBody = headOnly || status === 204 || status === 304 || (status >= 100 && status < 200);
  return { version: m[1]!, status, statusText: m[3] ?? '', headers: head.headers, body: noBody ? new Uint8Array(0) : await readBody(reader, head.headers, true) };
}

/** The bytes of a message: start line, headers, blank line, body. */
export function serializeMessage(startLine: string, headers: HeaderList, body: string | Uint8Array = new Uint8Array(0)): Uint8Array {
  const head = `${startLine}\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
  return concatBytes([toBytes(head), toBytes(body)]);
}
