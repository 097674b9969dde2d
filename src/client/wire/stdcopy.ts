/**
 * @module
 * Docker's multiplexed stream format ("stdcopy"), used for attach, exec and logs when the
 * container has no TTY: each frame is an 8-byte header — stream id (0 stdin, 1 stdout, 2 stderr,
 * 3 daemon error), three zero bytes, the payload length as a big-endian uint32 — then the payload.
 * Stdin sent by a client is never framed. With a TTY the stream is raw bytes instead.
 */

/** The stream a frame belongs to. */
export type StdStream = 0 | 1 | 2 | 3;

/** Stream ids of the frame header (moby `pkg/stdcopy`). */
export const STDIN: StdStream = 0;
/** Standard output. */
export const STDOUT: StdStream = 1;
/** Standard error. */
export const STDERR: StdStream = 2;
/** An error the daemon reports inside the stream ("systemerr"). */
export const SYSTEMERR: StdStream = 3;

/** One decoded frame. */
export interface StdFrame {
  /** Which stream the payload belongs to. */
  readonly stream: StdStream;
  /** The bytes, as the process wrote them. */
  readonly payload: Uint8Array;
}

const HEADER = 8;

/** Encodes one frame (header + payload). */
export function encodeFrame(stream: StdStream, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER + payload.length);
  out[0] = stream;
  new DataView(out.buffer).setUint32(4, payload.length, false);
  out.set(payload, HEADER);
  return out;
}

/**
 * Incremental decoder: feed it bytes as they arrive (frames may be split or batched arbitrarily),
 * take out whole frames. Mirrors moby's `StdCopy`: a type-3 frame is reported as the error
 * "error from daemon in stream: …", any other unknown type as "Unrecognized input header: N".
 */
export class StdcopyDecoder {
  #buffer: Uint8Array = new Uint8Array(0);

  /** Bytes received but not yet part of a whole frame. */
  get pending(): number {
    return this.#buffer.length;
  }

  /** Adds `bytes` and returns every frame now complete. Throws on a malformed or error frame. */
  push(bytes: Uint8Array): StdFrame[] {
    this.#buffer = this.#buffer.length === 0 ? bytes : concat(this.#buffer, bytes);
    const frames: StdFrame[] = [];
    let offset = 0;
    while (this.#buffer.length - offset >= HEADER) {
      const type = this.#buffer[offset]!;
      if (type > SYSTEMERR) throw new Error(`Unrecognized input header: ${type}`);
      const size = new DataView(this.#buffer.buffer, this.#buffer.byteOffset + offset).getUint32(4, false);
      if (this.#buffer.length - offset - HEADER < size) break;
      const payload = this.#buffer.slice(offset + HEADER, offset + HEADER + size);
      offset += HEADER + size;
      if (type === SYSTEMERR) throw new Error(`error from daemon in stream: ${new TextDecoder().decode(payload)}`);
      frames.push({ stream: type as StdStream, payload });
    }
    this.#buffer = this.#buffer.slice(offset);
    return frames;
  }

  /** Declares the end of input; throws if a frame was cut short. */
  end(): void {
    if (this.#buffer.length > 0) throw new Error('unexpected EOF');
  }
}

/** Decodes a complete multiplexed byte sequence into frames. */
export function decodeFrames(bytes: Uint8Array): StdFrame[] {
  const decoder = new StdcopyDecoder();
  const frames = decoder.push(bytes);
  decoder.end();
  return frames;
}

/** Concatenates byte arrays. */
export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const part of parts) size += part.length;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
