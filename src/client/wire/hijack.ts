/**
 * @module
 * A hijacked connection, the way `attach` and `exec start` use HTTP: after the request, the
 * connection stops being HTTP and carries raw bytes both ways — the client's stdin up, the
 * process's output down — until the server closes it. The client may half-close its side (stdin
 * ended) and keep reading.
 *
 * Web `Response`s cannot say "101 Switching Protocols", so a hijack travels as a data object
 * attached to an ordinary `Response` ({@link hijackResponse}). Whoever owns the connection claims
 * it with {@link claimHijack}: the Node server writes `101 UPGRADED` (or the daemon's bare
 * `200 OK` for clients that did not ask to upgrade) and pipes the socket; an in-process client
 * pipes memory. A consumer that knows nothing of hijacks just reads the response body: the exchange
 * then runs with no stdin, as Docker's non-upgrade variant does.
 */

/** Docker's media types for attach/exec/logs streams: raw with a TTY, multiplexed without. */
export type StreamMediaType = 'application/vnd.docker.raw-stream' | 'application/vnd.docker.multiplexed-stream';

/** The raw-stream media type (TTY, and every non-upgraded hijack). */
export const RAW_STREAM: StreamMediaType = 'application/vnd.docker.raw-stream';
/** The multiplexed-stream media type (no TTY; API ≥ 1.42). */
export const MULTIPLEXED_STREAM: StreamMediaType = 'application/vnd.docker.multiplexed-stream';

/** The two directions of a hijacked connection, as the server side sees them. */
export interface HijackIO {
  /** Bytes the client sends after its request (stdin); ends when the client half-closes. */
  readonly input: AsyncIterable<Uint8Array>;
  /** Sends bytes to the client; resolves when they are handed to the connection. */
  write(bytes: Uint8Array): Promise<void>;
  /** Aborted when the client goes away entirely (not on a half-close). */
  readonly signal: AbortSignal;
}

/** The server side of a hijacked exchange. */
export interface Hijack {
  /** What the upgraded stream carries (the `Content-Type` of the `101` answer). */
  readonly mediaType: StreamMediaType;
  /** Runs the exchange; when it settles the server closes the connection. */
  run(io: HijackIO): Promise<void>;
}

interface Slot {
  readonly hijack: Hijack;
  claimed: boolean;
}

const slots = new WeakMap<Response, Slot>();

/** An async iterable that ends at once (no stdin). */
export const NO_INPUT: AsyncIterable<Uint8Array> = {
  [Symbol.asyncIterator]: () => ({ next: async () => ({ value: undefined, done: true as const }) }),
};

/**
 * A `200` response carrying `hijack`. `headers` are the daemon's usual headers; the body, if read
 * instead of claimed, is the exchange's output with no input (`Content-Type` raw-stream, as the
 * daemon answers clients that do not upgrade).
 */
export function hijackResponse(hijack: Hijack, headers: Record<string, string>): Response {
  let slot: Slot;
  const controller = new AbortController();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(stream) {
        if (slot.claimed) return stream.close();
        slot.claimed = true;
        try {
          await hijack.run({ input: NO_INPUT, write: async (bytes) => stream.enqueue(bytes), signal: controller.signal });
          stream.close();
        } catch (error) {
          stream.error(error);
        }
      },
      cancel() {
        controller.abort();
      },
    },
    { highWaterMark: 0 },
  );
  const response = new Response(body, { status: 200, headers: { ...headers, 'Content-Type': RAW_STREAM } });
  slot = { hijack, claimed: false };
  slots.set(response, slot);
  return response;
}

/** Takes the hijack a response carries, once; `undefined` if it has none or it was taken/read. */
export function claimHijack(response: Response): Hijack | undefined {
  const slot = slots.get(response);
  if (!slot || slot.claimed) return undefined;
  slot.claimed = true;
  return slot.hijack;
}

/** True when `response` carries a hijack (claimed or not). */
export function isHijack(response: Response): boolean {
  return slots.has(response);
}

/** The client's side of a hijacked connection. */
export interface HijackedConnection {
  /** What the daemon said the stream carries. */
  readonly mediaType: StreamMediaType;
  /** The daemon's output, until it closes the connection. */
  readonly output: AsyncIterable<Uint8Array>;
  /** Sends stdin bytes (raw, never framed). */
  write(bytes: Uint8Array): void;
  /** Half-closes: stdin is over; output keeps coming. */
  closeWrite(): void;
  /** Drops the connection. */
  close(): void;
}

/** A queue of chunks that is also their async iterable. */
class Chunks implements AsyncIterable<Uint8Array> {
  readonly #items: Uint8Array[] = [];
  #waiting: ((r: IteratorResult<Uint8Array>) => void) | undefined;
  #ended = false;

  push(bytes: Uint8Array): void {
    if (this.#ended) return;
    if (this.#waiting) {
      const wake = this.#waiting;
      this.#waiting = undefined;
      wake({ value: bytes, done: false });
    } else this.#items.push(bytes);
  }

  end(): void {
    this.#ended = true;
    this.#waiting?.({ value: undefined, done: true });
    this.#waiting = undefined;
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: () => {
        const item = this.#items.shift();
        if (item) return Promise.resolve({ value: item, done: false });
        if (this.#ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (this.#waiting = resolve));
      },
    };
  }
}

/** Runs a claimed hijack from the client's side: stdin in through `write`, output out of `output`. */
export function connectHijack(hijack: Hijack): HijackedConnection {
  const input = new Chunks();
  const output = new Chunks();
  const controller = new AbortController();
  void hijack
    .run({ input, write: async (bytes) => output.push(bytes), signal: controller.signal })
    .catch(() => undefined)
    .finally(() => output.end());
  return {
    mediaType: hijack.mediaType,
    output,
    write: (bytes) => input.push(bytes),
    closeWrite: () => input.end(),
    close: () => {
      input.end();
      controller.abort();
      output.end();
    },
  };
}
