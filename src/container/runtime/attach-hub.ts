/**
 * @module
 * What `docker attach` connects to: the main process's output, fanned out to every attached
 * client from the moment it is written (a client attached before `start` — `docker run` — sees
 * everything), and the container's stdin when it was created with `OpenStdin` (`-i`): one pipe per
 * run, fed by attached clients; with `StdinOnce` the first client's end of input closes it.
 * Attached streams end when the process exits (the CLI then reads the wait result).
 */
import { AsyncQueue } from '../../core/async-queue.js';
import { createPipe, toBytes, type Pipe } from '../../programs/process/streams.js';
import type { ProcessInput } from '../../programs/types.js';
import type { LogStream } from '../log-record.js';

/** One chunk of a container's output, as an attached client receives it. */
export interface OutputChunk {
  readonly stream: LogStream;
  readonly data: Uint8Array;
}

/** An attached client's way into the container's stdin. */
export interface StdinWriter {
  write(data: string | Uint8Array): void;
  /** The client's end of input (closes the container's stdin when `StdinOnce`). */
  end(): void;
}

/** A terminal's output post-processing (ONLCR): `\n` becomes `\r\n`, as `docker run -t` shows it. */
export function onlcr(data: string | Uint8Array): string | Uint8Array {
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
  return text.replace(/\r?\n/g, '\r\n');
}

/** Attached clients of one host's containers. */
export class AttachHub {
  readonly #outputs = new Map<string, Set<AsyncQueue<OutputChunk>>>();
  readonly #stdin = new Map<string, Pipe>();

  /** A new client's output stream (ends when the process exits or the client returns). */
  subscribe(id: string): AsyncQueue<OutputChunk> {
    let set = this.#outputs.get(id);
    if (!set) this.#outputs.set(id, (set = new Set()));
    const clients = set;
    const queue: AsyncQueue<OutputChunk> = new AsyncQueue(() => clients.delete(queue));
    clients.add(queue);
    return queue;
  }

  /** Number of clients attached to `id`'s output. */
  count(id: string): number {
    return this.#outputs.get(id)?.size ?? 0;
  }

  /** The process wrote `data` to `stream`. */
  output(id: string, stream: LogStream, data: string | Uint8Array): void {
    const clients = this.#outputs.get(id);
    if (!clients || clients.size === 0) return;
    const chunk: OutputChunk = { stream, data: toBytes(data) };
    for (const client of clients) client.push(chunk);
  }

  /** The stdin the next run of `id` reads (created on first use, so input sent before start waits). */
  stdinFor(id: string, tty: boolean): ProcessInput {
    return this.#pipe(id, tty).reader;
  }

  /** A client's writer into `id`'s stdin. */
  stdinWriter(id: string, stdinOnce: boolean, tty: boolean): StdinWriter {
    const pipe = this.#pipe(id, tty);
    return {
      write: (data) => pipe.writer.write(data),
      end: () => {
        if (stdinOnce) pipe.writer.close();
      },
    };
  }

  #pipe(id: string, tty: boolean): Pipe {
    // One pipe per run: input (and its end, with StdinOnce) sent before start is what the run reads.
    let pipe = this.#stdin.get(id);
    if (!pipe) this.#stdin.set(id, (pipe = createPipe({ isTTY: tty })));
    return pipe;
  }

  /** The process ended: attached outputs end; the stdin pipe of that run is dropped. */
  ended(id: string): void {
    const clients = this.#outputs.get(id);
    this.#outputs.delete(id);
    for (const client of clients ?? []) client.end();
    const pipe = this.#stdin.get(id);
    pipe?.writer.close();
    this.#stdin.delete(id);
  }
}
