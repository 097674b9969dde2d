/**
 * @module
 * The Node side of a hijacked connection (engine-api-flows.md §3.1, §8): for an upgrade request
 * Node hands over the raw socket without parsing the body, so the body (`Content-Length` bytes —
 * the exec start JSON) is read from the socket here and whatever follows is the client's stdin.
 * Then `101 UPGRADED` (or the daemon's bare `200 OK` for clients that did not upgrade) is written
 * with the daemon's headers, and bytes flow both ways: the client's half-close ends stdin only,
 * and the server closes the connection when the exchange is over.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { AsyncQueue } from '../core/async-queue.js';
import { claimHijack, NO_INPUT, RAW_STREAM, type Hijack } from '../client/wire/hijack.js';
import { STATUS_TEXT } from '../engine-api/status.js';
import { headersOf, pipeBody, toWebRequest, writeWithBackpressure } from './bridge.js';
import type { EngineHandler } from '../engine-api/handler.js';

/** A socket's incoming bytes as a queue that ends when the client half-closes or leaves. */
function socketInput(socket: Duplex, head: Uint8Array): AsyncQueue<Uint8Array> {
  const queue = new AsyncQueue<Uint8Array>();
  if (head.length > 0) queue.push(new Uint8Array(head));
  socket.on('data', (chunk: Uint8Array) => queue.push(new Uint8Array(chunk)));
  socket.once('end', () => queue.end());
  socket.once('close', () => queue.end());
  return queue;
}

/** Takes exactly `length` bytes off `input`; what is left over comes first in the returned input. */
async function takeBody(input: AsyncQueue<Uint8Array>, length: number): Promise<{ body: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const body = new Uint8Array(length);
  let filled = 0;
  let leftover: Uint8Array | undefined;
  while (filled < length) {
    const { done, value } = await input.next();
    if (done) break;
    const take = Math.min(value.length, length - filled);
    body.set(value.subarray(0, take), filled);
    filled += take;
    if (take < value.length) leftover = value.subarray(take);
  }
  const rest: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      if (leftover) yield leftover;
      for (;;) {
        const { done, value } = await input.next();
        if (done) return;
        yield value;
      }
    },
  };
  return { body: body.subarray(0, filled), rest };
}

/** The head of a hijacked answer: `101 UPGRADED` with the stream's media type, or the daemon's bare `200 OK`. */
export function hijackHead(hijack: Hijack, response: Response, upgrade: boolean): string {
  let head = upgrade
    ? `HTTP/1.1 101 UPGRADED\r\nContent-Type: ${hijack.mediaType}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n`
    : `HTTP/1.1 200 OK\r\nContent-Type: ${RAW_STREAM}\r\n`;
  for (const [name, value] of Object.entries(headersOf(response, ['content-type', 'content-length']))) head += `${name}: ${value}\r\n`;
  return `${head}\r\n`;
}

/** Runs a claimed hijack over `socket`, then closes the server's side. */
export async function runHijack(hijack: Hijack, socket: Duplex, input: AsyncIterable<Uint8Array>, signal: AbortSignal): Promise<void> {
  try {
    await hijack.run({
      input,
      signal,
      write: async (bytes) => void (await writeWithBackpressure(socket, bytes)),
    });
  } catch {
    // Errors after the hijack can only end the connection.
  } finally {
    if (!socket.destroyed) socket.end();
  }
}

/** Writes a non-hijacked answer on a raw socket (an upgrade request that got an ordinary response). */
async function writePlain(socket: Duplex, response: Response): Promise<void> {
  let head = `HTTP/1.1 ${response.status} ${response.statusText || STATUS_TEXT[response.status] || ''}\r\n`;
  for (const [name, value] of Object.entries(headersOf(response))) head += `${name}: ${value}\r\n`;
  socket.write(`${head}Connection: close\r\n\r\n`);
  if (response.body) await pipeBody(response.body, socket);
  if (!socket.destroyed) socket.end();
}

/** Serves an upgrade request (`Connection: Upgrade`, `Upgrade: tcp`) on its raw socket. */
export async function serveUpgrade(handler: EngineHandler, req: IncomingMessage, socket: Duplex, head: Uint8Array): Promise<void> {
  const gone = new AbortController();
  socket.once('close', () => gone.abort());
  socket.on('error', () => undefined);
  const input = socketInput(socket, head);
  const length = Number(req.headers['content-length'] ?? 0) || 0;
  const { body, rest } = await takeBody(input, length);
  const response = await handler(toWebRequest(req, body), { signal: gone.signal });
  const hijack = claimHijack(response);
  if (!hijack) return writePlain(socket, response);
  socket.write(hijackHead(hijack, response, true));
  await runHijack(hijack, socket, rest, gone.signal);
}

/** Serves a hijacked answer to a client that did not ask to upgrade (dockerode's attach and exec start). */
export async function serveHijackWithoutUpgrade(hijack: Hijack, response: Response, socket: Duplex): Promise<void> {
  const gone = new AbortController();
  socket.once('close', () => gone.abort());
  socket.write(hijackHead(hijack, response, false));
  await runHijack(hijack, socket, NO_INPUT, gone.signal);
}
