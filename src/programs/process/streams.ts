/**
 * @module
 * Byte streams between processes: the readable end every program sees as stdin (a pipe, a
 * terminal, a file or nothing) and the writable ends (pipes, terminals, logs). A pipe keeps the
 * bytes exactly as written; reading a line leaves the rest of the stream for the next reader, so
 * two processes sharing one stdin share its position, as they share a file offset on Linux.
 */
import type { ProcessInput, ProcessOutput } from '../types.js';

const encoder = new TextEncoder();

/** UTF-8 bytes of `data`. */
export function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** Decodes UTF-8 (invalid sequences become U+FFFD, as a terminal shows them). */
export function fromBytes(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** Concatenates byte chunks. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let size = 0;
  for (const chunk of chunks) size += chunk.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A readable stream fed by a producer: bytes are pushed in, readers take them out in order.
 * Implements {@link ProcessInput}; a pipe's read end, a terminal's input, a socket's input.
 */
export class InputBuffer implements ProcessInput {
  readonly #chunks: Uint8Array[] = [];
  readonly #waiters: (() => void)[] = [];
  #ended = false;
  #closed = false;
  /** True when this is a terminal (`docker run -it`). */
  readonly isTTY: boolean;

  constructor(options: { readonly isTTY?: boolean } = {}) {
    this.isTTY = options.isTTY ?? false;
  }

  /** True once the producer has ended the stream. */
  get ended(): boolean {
    return this.#ended;
  }

  /** Bytes waiting to be read. */
  get buffered(): number {
    let n = 0;
    for (const chunk of this.#chunks) n += chunk.length;
    return n;
  }

  /** Appends bytes (ignored after the end). */
  push(data: string | Uint8Array): void {
    if (this.#ended) return;
    const bytes = toBytes(data);
    if (bytes.length === 0) return;
    this.#chunks.push(bytes);
    this.#wake();
  }

  /**
   * Closes the stream from the reading side (the reader exited): buffered and later bytes are
   * dropped, and the writer sees a broken pipe.
   */
  close(): void {
    this.#closed = true;
    this.#chunks.length = 0;
    this.end();
  }

  /** True once the reading side has closed. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Ends the stream: readers get what is buffered, then end of input. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#wake();
  }

  async read(): Promise<Uint8Array | null> {
    while (this.#chunks.length === 0) {
      if (this.#ended) return null;
      await this.#more();
    }
    return this.#chunks.shift()!;
  }

  async readLine(): Promise<string | null> {
    for (;;) {
      const line = this.#takeLine();
      if (line !== undefined) return line;
      if (this.#ended) {
        if (this.#chunks.length === 0) return null;
        return fromBytes(this.#takeAll());
      }
      await this.#more();
    }
  }

  async readAll(): Promise<Uint8Array> {
    while (!this.#ended) await this.#more();
    return this.#takeAll();
  }

  /** Takes one line (without `\n`) if a whole one is buffered. */
  #takeLine(): string | undefined {
    for (let i = 0; i < this.#chunks.length; i++) {
      const chunk = this.#chunks[i]!;
      const nl = chunk.indexOf(10);
      if (nl < 0) continue;
      const head = this.#chunks.splice(0, i);
      const rest = chunk.subarray(nl + 1);
      if (rest.length > 0) this.#chunks[0] = rest;
      else this.#chunks.shift();
      head.push(chunk.subarray(0, nl));
      return fromBytes(concatBytes(head));
    }
    return undefined;
  }

  #takeAll(): Uint8Array {
    return concatBytes(this.#chunks.splice(0));
  }

  #more(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }
}

/** The writable end of a pipe: closing it ends the reader's input. */
export interface PipeWriter extends ProcessOutput {
  /** Ends the stream; later writes are ignored. */
  close(): void;
  /** True once closed. */
  readonly closed: boolean;
  /** True once the reader has gone: a write would raise SIGPIPE (EPIPE). */
  readonly broken: boolean;
}

/** Both ends of a pipe (`a | b`). */
export interface Pipe {
  readonly reader: InputBuffer;
  readonly writer: PipeWriter;
}

/** Creates a pipe; with `isTTY` both ends say they are a terminal. */
export function createPipe(options: { readonly isTTY?: boolean } = {}): Pipe {
  const reader = new InputBuffer(options);
  const writer: PipeWriter = {
    isTTY: options.isTTY ?? false,
    write: (data) => reader.push(data),
    close: () => reader.end(),
    get closed() {
      return reader.ended;
    },
    get broken() {
      return reader.closed;
    },
  };
  return { reader, writer };
}

/** An input holding `data`, already ended (a file or here-document redirected to stdin). */
export function inputOf(data: string | Uint8Array): InputBuffer {
  const input = new InputBuffer();
  input.push(data);
  input.end();
  return input;
}

/** An input at end of file (`/dev/null`, a detached container's stdin). */
export function emptyInput(): InputBuffer {
  return inputOf(new Uint8Array(0));
}

/** An output that keeps everything written to it, for tests and command substitution. */
export class OutputCollector implements ProcessOutput {
  readonly #chunks: Uint8Array[] = [];
  /** True when it should act as a terminal. */
  readonly isTTY: boolean;
  readonly #onWrite: ((bytes: Uint8Array) => void) | undefined;

  constructor(options: { readonly isTTY?: boolean; readonly onWrite?: (bytes: Uint8Array) => void } = {}) {
    this.isTTY = options.isTTY ?? false;
    this.#onWrite = options.onWrite;
  }

  write(data: string | Uint8Array): void {
    const bytes = toBytes(data);
    if (bytes.length === 0) return;
    this.#chunks.push(bytes);
    this.#onWrite?.(bytes);
  }

  /** Everything written, as bytes. */
  bytes(): Uint8Array {
    return concatBytes(this.#chunks);
  }

  /** Everything written, as text. */
  text(): string {
    return fromBytes(this.bytes());
  }
}

/** True when writing to `output` would raise SIGPIPE (its pipe's reader has gone). */
export function isBroken(output: ProcessOutput): boolean {
  return (output as Partial<PipeWriter>).broken === true;
}

/** An output that discards everything (`/dev/null`). */
export const nullOutput: ProcessOutput = { isTTY: false, write: () => {} };
