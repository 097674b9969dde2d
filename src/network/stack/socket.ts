/**
 * @module
 * Simulated TCP connections: each direction is a byte stream (the programs layer's
 * {@link InputBuffer}: ordered, lossless, never blocking the writer), and a connection is two
 * streams crossed. Reads wait on promises the peer's writes resolve, so two programs talk in
 * microtasks — deterministic, no timers, no real I/O.
 */
import { InputBuffer } from '../../programs/process/streams.js';
import type { Socket, SocketAddress } from '../../programs/types.js';

/** A socket of a simulated connection (one end). */
export class SimSocket implements Socket {
  readonly local: SocketAddress;
  readonly remote: SocketAddress;
  readonly #in: InputBuffer;
  readonly #out: InputBuffer;

  constructor(local: SocketAddress, remote: SocketAddress, input: InputBuffer, output: InputBuffer) {
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
    this.#out.push(data);
  }

  end(): void {
    this.#out.end();
  }

  close(): void {
    this.#out.end();
    this.#in.end();
  }
}

/** A connected pair: what the client holds and what the server accepts. */
export function socketPair(client: SocketAddress, server: SocketAddress): { readonly client: SimSocket; readonly server: SimSocket } {
  const up = new InputBuffer();
  const down = new InputBuffer();
  return { client: new SimSocket(client, server, down, up), server: new SimSocket(server, client, up, down) };
}
