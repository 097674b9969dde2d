/**
 * @module
 * Simulated TCP connections: each direction is a byte channel (ordered, lossless, never blocking
 * the writer), and a connection is two channels crossed. Reads wait on promises the peer's writes
 * resolve, so two programs talk in microtasks — deterministic, no timers, no real I/O.
 */
import type { Socket, SocketAddress } from '../../programs/types.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** One direction of a connection: bytes in, bytes out, then end of stream. */
export class ByteChannel {
  readonly #chunks: Uint8Array[] = [];
  #waiters: (() => void)[] = [];
  #ended = false;

  /** True once the writer ended the stream. */
  get ended(): boolean {
    return this.#ended;
  }

  /** Appends bytes (ignored after the end). */
  push(bytes: Uint8Array): void {
    if (this.#ended || bytes.length === 0) return;
    this.#chunks.push(bytes);
    this.#wake();
  }

  /** Ends the stream after what is buffered. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#wake();
  }

  /** Drops what is buffered and ends (the reader closed its side). */
  discard(): void {
    this.#chunks.length = 0;
    this.end();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  #more(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** The next chunk, or null at the end. */
  async read(): Promise<Uint8Array | null> {
    while (this.#chunks.length === 0) {
      if (this.#ended) return null;
      await this.#more();
    }
    return this.#chunks.shift()!;
  }

  /** The next line without its `\n` (a final unterminated line counts), or null at the end. */
  async readLine(): Promise<string | null> {
    for (;;) {
      const all = concat(this.#chunks);
      const nl = all.indexOf(10);
      if (nl >= 0) {
        this.#chunks.length = 0;
        if (nl + 1 < all.length) this.#chunks.push(all.subarray(nl + 1));
        return decoder.decode(all.subarray(0, nl));
      }
      if (this.#ended) {
        this.#chunks.length = 0;
        return all.length > 0 ? decoder.decode(all) : null;
      }
      await this.#more();
    }
  }

  /** Everything until the end. */
  async readAll(): Promise<Uint8Array> {
    while (!this.#ended) await this.#more();
    const all = concat(this.#chunks);
    this.#chunks.length = 0;
    return all;
  }
}

/** A socket of a simulated connection (one end). */
export class SimSocket implements Socket {
  readonly local: SocketAddress;
  readonly remote: SocketAddress;
  readonly #in: ByteChannel;
  readonly #out: ByteChannel;

  constructor(local: SocketAddress, remote: SocketAddress, input: ByteChannel, output: ByteChannel) {
    this.local = local;
    this.remote = remote;
    this.#in = input;
    this.#out = output;
  }

  read(): Promise<Uint8Array | null> {
    return this.#in.read();
  }

  readLine(): Promise<string | null> {
    return this.#in.readLine();
  }

  readAll(): Promise<Uint8Array> {
    return this.#in.readAll();
  }

  write(data: string | Uint8Array): void {
    this.#out.push(typeof data === 'string' ? encoder.encode(data) : data);
  }

  end(): void {
    this.#out.end();
  }

  close(): void {
    this.#out.end();
    this.#in.discard();
  }
}

/** A connected pair: what the client holds and what the server accepts. */
export function socketPair(client: SocketAddress, server: SocketAddress): { readonly client: SimSocket; readonly server: SimSocket } {
  const up = new ByteChannel();
  const down = new ByteChannel();
  return { client: new SimSocket(client, server, down, up), server: new SimSocket(server, client, up, down) };
}
