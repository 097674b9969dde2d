/**
 * @module
 * Pacing transfers in virtual time: each request costs one round trip (`latency`), and the bytes
 * of concurrent transfers share the registry's `bandwidth` equally. The pacer advances the clock
 * to the next interesting instant — a round trip ending, a transfer finishing, or the next
 * progress report (every 100 ms, as Docker rate-limits its progress messages) — so a slow
 * registry in a lesson shows a bar that fills, and a fast one costs a handful of timer ticks.
 */
import type { Clock } from '../core/clock.js';
import type { TransferModel } from './state.js';

/** How often a transfer reports progress (Docker's progress reader: once per 100 ms). */
export const PROGRESS_INTERVAL_MS = 100;
/** How fast a daemon extracts layer blobs (compressed bytes per second). */
export const EXTRACT_BYTES_PER_SECOND = 200_000_000;

/** One transfer: a round trip, then `size` bytes. */
export interface Transfer {
  readonly size: number;
  /** Bytes moved so far. */
  moved: number;
  /** Milliseconds of round trip still to wait before bytes flow. */
  waiting: number;
  /** Called when bytes moved and a report is due, and once at the end. */
  readonly report: (moved: number, done: boolean) => void;
  lastReport: number;
  done: boolean;
}

/** Creates a transfer that starts with one round trip. */
export function transfer(size: number, latency: number, report: Transfer['report']): Transfer {
  return { size, moved: 0, waiting: latency, report, lastReport: -Infinity, done: false };
}

/** A step of local work paced at a fixed rate (extraction). */
export interface LocalWork {
  readonly size: number;
  moved: number;
  readonly rate: number;
  readonly report: (moved: number, done: boolean) => void;
  lastReport: number;
  done: boolean;
}

/**
 * Advances `network` transfers (sharing bandwidth) and `local` work by one step of virtual time:
 * sleeps until the next event and calls the reports that are due. Returns the milliseconds slept.
 */
export async function step(clock: Clock, model: TransferModel, network: readonly Transfer[], local: readonly LocalWork[], signal?: AbortSignal): Promise<number> {
  const flowing = network.filter((t) => !t.done && t.waiting <= 0);
  const share = model.bandwidth / Math.max(1, flowing.length);
  let dt = PROGRESS_INTERVAL_MS;
  for (const t of network) {
    if (t.done) continue;
    if (t.waiting > 0) dt = Math.min(dt, t.waiting);
    else dt = Math.min(dt, ((t.size - t.moved) / share) * 1000);
  }
  for (const w of local) if (!w.done) dt = Math.min(dt, ((w.size - w.moved) / w.rate) * 1000);
  dt = Math.max(1, Math.ceil(dt));
  await clock.sleep(dt, signal);
  const now = clock.now();
  for (const t of network) {
    if (t.done) continue;
    if (t.waiting > 0) {
      t.waiting -= dt;
      continue;
    }
    t.moved = Math.min(t.size, t.moved + (share * dt) / 1000);
    if (t.size - t.moved < 1e-6) t.moved = t.size;
    advance(t, now);
  }
  for (const w of local) {
    if (w.done) continue;
    w.moved = Math.min(w.size, w.moved + (w.rate * dt) / 1000);
    if (w.size - w.moved < 1e-6) w.moved = w.size;
    advance(w, now);
  }
  return dt;
}

function advance(t: Transfer | LocalWork, now: number): void {
  const finished = t.moved >= t.size;
  if (finished || now - t.lastReport >= PROGRESS_INTERVAL_MS) {
    t.lastReport = now;
    t.done = finished;
    t.report(Math.floor(t.moved), finished);
  }
}
