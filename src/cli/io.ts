/**
 * @module
 * The streams the docker CLI emulator reads and writes: the same shapes a simulated process gets
 * (src/programs/types.ts), so `docker` can run as a program in a simulated host's shell, plus
 * helpers to collect output into strings and to feed stdin from a string.
 */
import type { ProcessInput, ProcessOutput } from '../programs/types.js';

/** A CLI's stdin: a process input that knows whether it is a terminal. */
export interface CliInput extends ProcessInput {
  readonly isTTY: boolean;
  /**
   * Puts bytes back at the front of the input. A command that stops reading (the container it
   * was attached to exited) returns what its last, abandoned read took, so the next reader of a
   * terminal (the shell) still gets it. Optional: inputs that cannot take bytes back drop them.
   */
  unread?(data: Uint8Array): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An input that yields `data` once, then end of input. */
export function inputFrom(data: string | Uint8Array = '', isTTY = false): CliInput {
  let bytes: Uint8Array | null = typeof data === 'string' ? encoder.encode(data) : data;
  const take = (): Uint8Array | null => {
    const b = bytes;
    bytes = null;
    return b && b.length > 0 ? b : null;
  };
  let pending = '';
  let done = false;
  return {
    isTTY,
    read: async () => take(),
    readAll: async () => take() ?? new Uint8Array(0),
    readLine: async () => {
      if (!done) {
        const b = take();
        if (b) pending += decoder.decode(b);
        done = true;
      }
      if (pending === '') return null;
      const nl = pending.indexOf('\n');
      const line = nl < 0 ? pending : pending.slice(0, nl);
      pending = nl < 0 ? '' : pending.slice(nl + 1);
      return line;
    },
  };
}

/** An output that keeps what is written, as text. */
export class CollectedOutput implements ProcessOutput {
  readonly isTTY: boolean;
  #text = '';

  constructor(isTTY = false) {
    this.isTTY = isTTY;
  }

  write(data: string | Uint8Array): void {
    this.#text += typeof data === 'string' ? data : decoder.decode(data, { stream: true });
  }

  /** Everything written so far. */
  get text(): string {
    return this.#text;
  }
}

/** An output that forwards text to `write` (a terminal, a test's collector…). */
export function outputTo(write: (text: string) => void, isTTY = false): ProcessOutput {
  const streamDecoder = new TextDecoder();
  return {
    isTTY,
    write: (data) => write(typeof data === 'string' ? data : streamDecoder.decode(data, { stream: true })),
  };
}
