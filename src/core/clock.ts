/**
 * @module
 * The virtual clock and discrete-event scheduler: one owner of simulated time and of every timer.
 *
 * Three modes (see docs/decisions/0001-time-and-processes.md):
 * - `auto` (default): time stands still until someone awaits the simulation through
 *   {@link Clock.hold}; then, whenever nothing can run, time jumps to the next due timer. An
 *   `await` on an operation that waits 10 s returns at once, with the clock 10 s later.
 * - `manual`: time moves only through {@link Clock.advance} / {@link Clock.advanceTo}.
 * - `realtime`: virtual time follows the wall clock times a speed factor (servers, playground).
 *
 * Timers due at the same instant fire in the order they were set, one per quiescent point, so the
 * same inputs always give the same interleaving.
 */
import { MinHeap } from './heap.js';
import { type HostTick, TickSource } from './host-tick.js';

/** How virtual time moves. */
export type ClockMode = 'manual' | 'auto' | 'realtime';

/** The default start of virtual time for a world: 2025-01-01T00:00:00Z. */
export const DEFAULT_EPOCH_MS = Date.UTC(2025, 0, 1);

/** Options of {@link Clock}. */
export interface ClockOptions {
  /** How time moves; default `auto`. */
  readonly mode?: ClockMode;
  /** Virtual start time: epoch milliseconds or an ISO-8601 string; default {@link DEFAULT_EPOCH_MS}. */
  readonly start?: number | string;
  /** Virtual milliseconds per wall millisecond in `realtime` mode; default 1. */
  readonly speed?: number;
  /** Wall clock in milliseconds, for `realtime` mode; default `performance.now`. */
  readonly wall?: () => number;
  /** Macrotask primitive used to detect quiescence; default a MessageChannel tick. */
  readonly tick?: HostTick;
}

/** A pending timer; {@link Timer.cancel} removes it. */
export interface Timer {
  /** Virtual time (epoch ms) at which it fires. */
  readonly due: number;
  /** Prevents the callback from running; harmless after it ran. */
  cancel(): void;
}

interface TimerEntry {
  readonly due: number;
  readonly seq: number;
  readonly callback: () => void;
  cancelled: boolean;
}

/** Parses a clock start option into epoch milliseconds. */
export function parseStart(start: number | string | undefined): number {
  if (start === undefined) return DEFAULT_EPOCH_MS;
  const ms = typeof start === 'number' ? start : Date.parse(start);
  if (!Number.isFinite(ms)) throw new RangeError(`invalid clock start: ${String(start)}`);
  return Math.floor(ms);
}

/** The simulation's single source of time and timers. */
export class Clock {
  #mode: ClockMode;
  #now: number;
  #speed: number;
  #seq = 0;
  readonly #heap = new MinHeap<TimerEntry>((a, b) => a.due < b.due || (a.due === b.due && a.seq < b.seq));
  readonly #wall: () => number;
  readonly #ticks = new TickSource();
  readonly #tick: HostTick;
  #holders = 0;
  #driving = false;
  #wake: (() => void) | undefined;
  #wallBase = 0;
  #virtualBase = 0;
  #realTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ClockOptions = {}) {
    this.#mode = options.mode ?? 'auto';
    this.#now = parseStart(options.start);
    this.#speed = checkSpeed(options.speed ?? 1);
    this.#wall = options.wall ?? (() => performance.now());
    this.#tick = options.tick ?? this.#ticks.tick;
    if (this.#mode === 'realtime') this.#startRealtime();
  }

  /** The current mode. */
  get mode(): ClockMode {
    return this.#mode;
  }

  /** Virtual milliseconds per wall millisecond (realtime mode). */
  get speed(): number {
    return this.#speed;
  }

  /** Current virtual time in epoch milliseconds. */
  now(): number {
    if (this.#mode === 'realtime') {
      const t = Math.floor(this.#virtualBase + (this.#wall() - this.#wallBase) * this.#speed);
      if (t > this.#now) this.#now = t;
    }
    return this.#now;
  }

  /** Number of timers waiting to fire. */
  get pendingTimers(): number {
    return this.#live().size;
  }

  /** When the next timer fires, if any. */
  nextDue(): number | undefined {
    return this.#live().peek()?.due;
  }

  /** Runs `callback` after `delayMs` of virtual time. */
  setTimer(delayMs: number, callback: () => void): Timer {
    return this.setTimerAt(this.now() + Math.max(0, delayMs), callback);
  }

  /** Runs `callback` when virtual time reaches `due` (epoch ms). */
  setTimerAt(due: number, callback: () => void): Timer {
    const entry: TimerEntry = { due: Math.max(due, this.#now), seq: this.#seq++, callback, cancelled: false };
    this.#heap.push(entry);
    this.#wake?.();
    if (this.#mode === 'realtime') this.#scheduleReal();
    return {
      due: entry.due,
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  /** Resolves after `ms` of virtual time; rejects with the signal's reason if aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        timer.cancel();
        reject(signal?.reason);
      };
      const timer = this.setTimer(ms, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Awaits `work`, moving virtual time as needed in `auto` mode: whenever nothing can run, the
   * clock jumps to the next timer. In the other modes it simply awaits.
   */
  async hold<T>(work: Promise<T>): Promise<T> {
    if (this.#mode !== 'auto') return work;
    this.#holders++;
    this.#wake?.();
    void this.#drive();
    try {
      return await work;
    } finally {
      this.#holders--;
      this.#wake?.();
    }
  }

  /** Lets every runnable simulated process run until all of them wait (one host macrotask). */
  async settle(): Promise<void> {
    await this.#tick();
    this.#ticks.idle();
  }

  /** Moves virtual time forward by `ms`, firing due timers in order (manual and auto modes). */
  advance(ms: number): Promise<void> {
    if (!(ms >= 0)) throw new RangeError(`cannot advance the clock by ${ms} ms`);
    return this.advanceTo(this.#now + ms);
  }

  /** Moves virtual time to `target` (epoch ms), firing due timers in order. */
  async advanceTo(target: number): Promise<void> {
    if (this.#mode === 'realtime') throw new Error('advance() is not available in realtime mode');
    await this.#tick();
    for (;;) {
      const next = this.#live().peek();
      if (!next || next.due > target) break;
      this.#fire();
      await this.#tick();
    }
    if (target > this.#now) this.#now = target;
    this.#ticks.idle();
  }

  /** Switches mode; `speed` applies to realtime. Pending timers are kept. */
  setMode(mode: ClockMode, speed?: number): void {
    if (speed !== undefined) this.#speed = checkSpeed(speed);
    if (mode === this.#mode) {
      if (mode === 'realtime') this.#startRealtime();
      return;
    }
    if (this.#mode === 'realtime') this.#stopRealtime();
    this.#mode = mode;
    if (mode === 'realtime') this.#startRealtime();
    if (mode === 'auto' && this.#holders > 0) void this.#drive();
    this.#wake?.();
  }

  /** Stops the realtime driver and forgets every timer (world shutdown). */
  dispose(): void {
    this.#stopRealtime();
    while (this.#heap.size > 0) this.#heap.pop()!.cancelled = true;
    this.#wake?.();
    this.#ticks.close();
  }

  /** Drops cancelled timers from the top of the heap and returns it. */
  #live(): MinHeap<TimerEntry> {
    while (this.#heap.peek()?.cancelled) this.#heap.pop();
    return this.#heap;
  }

  /** Fires the earliest timer, moving time to its due instant. */
  #fire(): void {
    const entry = this.#live().pop();
    if (!entry) return;
    if (entry.due > this.#now) this.#now = entry.due;
    entry.callback();
  }

  /** The auto-mode driver: one loop for all holders, one timer per quiescent point. */
  async #drive(): Promise<void> {
    if (this.#driving) return;
    this.#driving = true;
    try {
      while (this.#holders > 0 && this.#mode === 'auto') {
        await this.#tick();
        if (this.#holders === 0 || this.#mode !== 'auto') break;
        if (this.#live().size === 0) {
          this.#ticks.idle();
          await new Promise<void>((resolve) => (this.#wake = resolve));
          this.#wake = undefined;
          continue;
        }
        this.#fire();
      }
    } finally {
      this.#driving = false;
      this.#ticks.idle();
    }
  }

  #startRealtime(): void {
    this.#wallBase = this.#wall();
    this.#virtualBase = this.#now;
    this.#scheduleReal();
  }

  #stopRealtime(): void {
    this.now();
    if (this.#realTimer !== undefined) clearTimeout(this.#realTimer);
    this.#realTimer = undefined;
  }

  /** Arms one real timeout for the earliest virtual timer. */
  #scheduleReal(): void {
    if (this.#realTimer !== undefined) clearTimeout(this.#realTimer);
    this.#realTimer = undefined;
    const next = this.#live().peek();
    if (!next) return;
    const delay = Math.max(0, (next.due - this.now()) / this.#speed);
    this.#realTimer = setTimeout(() => {
      this.#realTimer = undefined;
      const now = this.now();
      while ((this.#live().peek()?.due ?? Infinity) <= now) this.#fire();
      this.#scheduleReal();
    }, Math.min(delay, 2 ** 31 - 1));
  }
}

function checkSpeed(speed: number): number {
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`invalid clock speed: ${speed}`);
  return speed;
}
