/**
 * @module
 * The one place the core yields to its host's event loop: a macrotask boundary. Reaching it means
 * every microtask (every simulated process that could run) has run, which is how the clock knows
 * the simulation is quiescent before it moves virtual time. It never reads real time.
 */

/** Resolves after the host has run every pending microtask. */
export type HostTick = () => Promise<void>;

/** Node's MessagePort can be (un)referenced from the event loop; browsers' ports have no such notion. */
interface RefCountedPort {
  ref?: () => void;
  unref?: () => void;
}

/**
 * A {@link HostTick} built on `MessageChannel` (Web standard, also global in Node): a few
 * microseconds per tick, unlike `setTimeout(0)` (clamped to ~1 ms). One channel is kept for the
 * world's life (creating one costs tens of µs); while idle it is unreferenced where the host
 * supports that (Node), so an idle simulation never keeps a process alive.
 */
export class TickSource {
  #channel: MessageChannel | undefined;
  readonly #waiting: (() => void)[] = [];

  /** Yields one macrotask. */
  readonly tick: HostTick = () =>
    new Promise<void>((resolve) => {
      const channel = this.#open();
      (channel.port1 as unknown as RefCountedPort).ref?.();
      this.#waiting.push(resolve);
      channel.port2.postMessage(0);
    });

  /** Lets the host exit while nothing waits on a tick. */
  idle(): void {
    if (this.#channel && this.#waiting.length === 0) (this.#channel.port1 as unknown as RefCountedPort).unref?.();
  }

  /** Closes the channel for good (world disposal). */
  close(): void {
    if (!this.#channel) return;
    this.#channel.port1.onmessage = null;
    this.#channel.port1.close();
    this.#channel.port2.close();
    this.#channel = undefined;
  }

  #open(): MessageChannel {
    if (this.#channel) return this.#channel;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => this.#waiting.shift()?.();
    this.#channel = channel;
    return channel;
  }
}
