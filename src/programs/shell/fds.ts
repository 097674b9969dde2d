/**
 * @module
 * A shell's file descriptors: which stream each number reads from or writes to. Redirections make
 * a changed copy for one command; `exec >file` changes the shell's own table.
 */
import { emptyInput, nullOutput } from '../process/streams.js';
import type { ProcessInput, ProcessOutput } from '../types.js';

/** What one descriptor refers to. */
export interface FdEntry {
  readonly input?: ProcessInput;
  readonly output?: ProcessOutput;
}

/** An immutable descriptor table. */
export class Fds {
  readonly #map: ReadonlyMap<number, FdEntry>;

  constructor(map: ReadonlyMap<number, FdEntry>) {
    this.#map = map;
  }

  /** A table with stdin, stdout and stderr. */
  static of(stdin: ProcessInput, stdout: ProcessOutput, stderr: ProcessOutput): Fds {
    return new Fds(
      new Map<number, FdEntry>([
        [0, { input: stdin }],
        [1, { output: stdout }],
        [2, { output: stderr }],
      ]),
    );
  }

  /** The entry of `fd`, if open. */
  get(fd: number): FdEntry | undefined {
    return this.#map.get(fd);
  }

  /** What `fd` reads (end of input when closed or write-only). */
  input(fd = 0): ProcessInput {
    return this.#map.get(fd)?.input ?? emptyInput();
  }

  /** Where `fd` writes (nowhere when closed or read-only). */
  output(fd = 1): ProcessOutput {
    return this.#map.get(fd)?.output ?? nullOutput;
  }

  /** A copy with `fd` set (or closed when `entry` is undefined). */
  with(fd: number, entry: FdEntry | undefined): Fds {
    const map = new Map(this.#map);
    if (entry) map.set(fd, entry);
    else map.delete(fd);
    return new Fds(map);
  }

  /** A copy with every stream passed through `f` (a forked child unwraps its parent's guards). */
  map(f: <T extends ProcessInput | ProcessOutput>(stream: T) => T): Fds {
    const map = new Map<number, FdEntry>();
    for (const [fd, e] of this.#map) map.set(fd, { ...(e.input ? { input: f(e.input) } : {}), ...(e.output ? { output: f(e.output) } : {}) });
    return new Fds(map);
  }

  /** Descriptors above 2, for `/dev/fd/N`. */
  extra(): Map<number, ProcessInput | ProcessOutput> {
    const out = new Map<number, ProcessInput | ProcessOutput>();
    for (const [fd, e] of this.#map) if (fd > 2 && (e.output ?? e.input)) out.set(fd, (e.output ?? e.input)!);
    return out;
  }
}
