import { describe, expect, it } from 'vitest';
import { Clock, DEFAULT_EPOCH_MS } from './clock.js';

describe('Clock', () => {
  it('starts at the default epoch, or where told', () => {
    expect(new Clock().now()).toBe(DEFAULT_EPOCH_MS);
    expect(new Clock({ start: '2024-06-01T00:00:00Z' }).now()).toBe(Date.UTC(2024, 5, 1));
    expect(() => new Clock({ start: 'yesterday' })).toThrow(RangeError);
  });

  it('manual: timers fire only when advanced, in due order, ties in setting order', async () => {
    const clock = new Clock({ mode: 'manual' });
    const fired: string[] = [];
    clock.setTimer(200, () => fired.push('b'));
    clock.setTimer(100, () => fired.push('a1'));
    clock.setTimer(100, () => fired.push('a2'));
    await clock.settle();
    expect(fired).toEqual([]);
    await clock.advance(150);
    expect(fired).toEqual(['a1', 'a2']);
    expect(clock.now()).toBe(DEFAULT_EPOCH_MS + 150);
    await clock.advance(50);
    expect(fired).toEqual(['a1', 'a2', 'b']);
  });

  it('manual: work started by a timer runs before the next timer fires', async () => {
    const clock = new Clock({ mode: 'manual' });
    const log: string[] = [];
    void (async () => {
      await clock.sleep(10);
      log.push(`woke at ${clock.now() - DEFAULT_EPOCH_MS}`);
      await Promise.resolve();
      log.push('after a microtask');
    })();
    clock.setTimer(10, () => log.push('second timer'));
    await clock.advance(10);
    expect(log).toEqual(['woke at 10', 'after a microtask', 'second timer']);
  });

  it('auto: awaiting a 10 s wait returns at once with the clock 10 s later', async () => {
    const clock = new Clock();
    const t0 = clock.now();
    const wallStart = performance.now();
    await clock.hold(clock.sleep(10_000));
    expect(clock.now() - t0).toBe(10_000);
    expect(performance.now() - wallStart).toBeLessThan(1_000);
  });

  it('auto: time stands still while nobody awaits the simulation', async () => {
    const clock = new Clock();
    let fired = false;
    clock.setTimer(5, () => (fired = true));
    await clock.settle();
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).toBe(false);
    expect(clock.now()).toBe(DEFAULT_EPOCH_MS);
  });

  it('auto: a process that sleeps in a loop advances only as far as the await needs', async () => {
    const clock = new Clock();
    let ticks = 0;
    void (async () => {
      for (;;) {
        await clock.sleep(1_000);
        ticks++;
      }
    })();
    await clock.hold(clock.sleep(5_500));
    expect(ticks).toBe(5);
    expect(clock.now() - DEFAULT_EPOCH_MS).toBe(5_500);
  });

  it('cancelled timers and aborted sleeps never fire', async () => {
    const clock = new Clock({ mode: 'manual' });
    let fired = false;
    clock.setTimer(10, () => (fired = true)).cancel();
    const controller = new AbortController();
    const sleeping = clock.sleep(10, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(sleeping).rejects.toThrow('stopped');
    await clock.advance(20);
    expect(fired).toBe(false);
    expect(clock.pendingTimers).toBe(0);
  });

  it('realtime: virtual time follows the wall clock times the speed', async () => {
    let wall = 0;
    const clock = new Clock({ mode: 'realtime', speed: 10, wall: () => wall });
    const t0 = clock.now();
    wall = 100;
    expect(clock.now() - t0).toBe(1_000);
    const done = clock.sleep(50); // 5 wall ms at speed 10
    wall = 200;
    await done;
    expect(clock.now() - t0).toBeGreaterThanOrEqual(1_050);
    clock.dispose();
  });

  it('rejects a bad speed or a negative advance', () => {
    expect(() => new Clock({ speed: 0 })).toThrow(RangeError);
    expect(() => new Clock({ mode: 'manual' }).advance(-1)).toThrow(RangeError);
  });
});
