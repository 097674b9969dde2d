/**
 * @module
 * A push-based async iterable: producers `push` and `end`, one consumer iterates. Used for every
 * stream the simulation produces (events, logs, pull progress, attach output).
 */

/** A queue that is also an async iterable of its items. */
export class AsyncQueue<T> implements AsyncIterable<T> {
  readonly #items: T[] = [];
  readonly #waiters: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void }[] = [];
  #ended = false;
  #error: { error: unknown } | undefined;
  readonly #onReturn: (() => void) | undefined;

  /** `onReturn` runs once when the consumer stops early or the queue ends. */
  constructor(onReturn?: () => void) {
    this.#onReturn = onReturn;
  }

  /** True once ended or failed. */
  get ended(): boolean {
    return this.#ended;
  }

  /** Adds an item (ignored after the end). */
  push(item: T): void {
    if (this.#ended) return;
    const waiter = this.#waiters.shift();
    if (waiter) waiter.resolve({ value: item, done: false });
    else this.#items.push(item);
  }

  /** Ends the stream after the queued items. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    for (const waiter of this.#waiters.splice(0)) waiter.resolve({ value: undefined, done: true });
    this.#onReturn?.();
  }

  /** Fails the stream after the queued items. */
  fail(error: unknown): void {
    if (this.#ended) return;
    this.#error = { error };
    this.#ended = true;
    for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
    this.#onReturn?.();
  }

  /** The next item, or done. */
  next(): Promise<IteratorResult<T>> {
    const item = this.#items.shift();
    if (item !== undefined || this.#items.length > 0) return Promise.resolve({ value: item as T, done: false });
    if (this.#error) return Promise.reject(this.#error.error);
    if (this.#ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /** Every item until the end. */
  async toArray(): Promise<T[]> {
    const out: T[] = [];
    for await (const item of this) out.push(item);
    return out;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => this.next(),
      return: async () => {
        this.end();
        return { value: undefined, done: true };
      },
    };
  }
}
