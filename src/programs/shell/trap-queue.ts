/**
 * @module
 * Signals a shell has a `trap` for, waiting to be handled. POSIX shells run a trap's action only
 * between commands — after the foreground command finishes — but `wait` and ash's `sleep`
 * return as soon as a trapped signal arrives, so a PID-1 script doing `trap 'exit 0' TERM;
 * sleep infinity & wait` stops promptly on `docker stop`.
 */
import type { SignalName } from '../types.js';

/** The shell's queue of trapped signals. */
export class TrapQueue {
  readonly pending: SignalName[] = [];
  readonly #waiters = new Set<() => void>();

  /** A trapped signal arrived. */
  push(signal: SignalName): void {
    this.pending.push(signal);
    for (const wake of [...this.#waiters]) wake();
    this.#waiters.clear();
  }

  /** The next signal to handle, if any. */
  shift(): SignalName | undefined {
    return this.pending.shift();
  }

  /** Resolves when a trapped signal arrives (at once if one is pending). */
  arrival(): { readonly promise: Promise<void>; cancel(): void } {
    if (this.pending.length > 0) return { promise: Promise.resolve(), cancel: () => {} };
    let wake = (): void => {};
    const promise = new Promise<void>((resolve) => {
      wake = resolve;
      this.#waiters.add(resolve);
    });
    return { promise, cancel: () => void this.#waiters.delete(wake) };
  }
}
