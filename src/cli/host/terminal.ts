/**
 * @module
 * The simulated host's terminal, seen from inside: a line-disciplined input that programs read
 * (the shell's prompt, `cat`, `docker run -i`) and that the outside — a Node TTY, a browser
 * terminal, a test — feeds line by line. A reader that finds nothing waiting asks the outside
 * for input (`onDemand`); Ctrl-D ends one read with end of input, as a terminal does, without
 * closing the terminal; bytes an abandoned read took can be given back (`unread`).
 */
import type { CliInput } from '../io.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A terminal's input. */
export class TerminalInput implements CliInput {
  readonly isTTY = true;
  #chunks: Uint8Array[] = [];
  #waiters: ((eof: boolean) => void)[] = [];
  #closed = false;
  /** Called when a reader waits on an empty terminal (show a prompt, read a line). */
  onDemand: (() => void) | undefined;

  /** Types text (a line typed ends with `\n`). */
  push(text: string | Uint8Array): void {
    const bytes = typeof text === 'string' ? encoder.encode(text) : text;
    if (bytes.length > 0) this.#chunks.push(bytes);
    this.#wake(false);
  }

  /** Ctrl-D: the readers waiting now get end of input; later reads wait again. */
  eof(): void {
    this.#wake(true);
  }

  /** Closes the terminal for good: every read from now on is end of input. */
  close(): void {
    this.#closed = true;
    this.#wake(true);
  }

  /** True while some reader waits for input. */
  get waiting(): boolean {
    return this.#waiters.length > 0;
  }

  unread(data: Uint8Array): void {
    if (data.length === 0) return;
    this.#chunks.unshift(data);
    this.#wake(false);
  }

  async read(): Promise<Uint8Array | null> {
    while (this.#chunks.length === 0) if (await this.#more()) return null;
    return this.#chunks.shift()!;
  }

  async readLine(): Promise<string | null> {
    for (;;) {
      const all = this.#joined();
      const nl = all.indexOf(10);
      if (nl >= 0) {
        this.#chunks = nl + 1 < all.length ? [all.subarray(nl + 1)] : [];
        return decoder.decode(all.subarray(0, nl));
      }
      if (await this.#more()) {
        if (all.length === 0) return null;
        this.#chunks = [];
        return decoder.decode(all);
      }
    }
  }

  async readAll(): Promise<Uint8Array> {
    while (!(await this.#more())) {
      // keep reading until end of input
    }
    const all = this.#joined();
    this.#chunks = [];
    return all;
  }

  #joined(): Uint8Array {
    if (this.#chunks.length === 1) return this.#chunks[0]!;
    const size = this.#chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of this.#chunks) {
      out.set(c, at);
      at += c.length;
    }
    this.#chunks = size > 0 ? [out] : [];
    return out;
  }

  /** Waits for more input; resolves true at end of input. */
  #more(): Promise<boolean> {
    if (this.#closed) return Promise.resolve(true);
    const wait = new Promise<boolean>((resolve) => this.#waiters.push(resolve));
    this.onDemand?.();
    return wait;
  }

  #wake(eof: boolean): void {
    for (const wake of this.#waiters.splice(0)) wake(eof);
  }
}
