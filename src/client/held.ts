/**
 * @module
 * Makes the simulation move while a caller awaits it: in the clock's `auto` mode, every awaited
 * client call and every awaited stream item holds the clock, so virtual time advances exactly as
 * far as that await needs.
 */
import type { Clock } from '../core/clock.js';

/** Wraps an async iterable so that each `next()` holds the clock. */
export function heldIterable<T>(clock: Clock, source: AsyncIterable<T>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const it = source[Symbol.asyncIterator]();
      return {
        next: () => clock.hold(it.next()),
        return: async (value?: unknown) => (it.return ? it.return(value) : { value: undefined, done: true as const }),
      };
    },
  };
}

/**
 * Opens a stream now and holds the clock per item; an error opening it (no such container) is
 * delivered by the first `next()`, as it would be over HTTP, rather than thrown at the call.
 */
export function heldStream<T>(clock: Clock, open: () => AsyncIterable<T>): AsyncIterable<T> {
  try {
    return heldIterable(clock, open());
  } catch (error) {
    return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(error) }) };
  }
}
