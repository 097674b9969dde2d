import { describe, expect, it } from 'vitest';
import type { HostEvent } from '../src/daemon/context.js';
import { createWorld } from '../src/world/world.js';
import { everydayScenario } from './scenarios/everyday.js';

async function run(seed: number) {
  const world = createWorld({ seed });
  const events: HostEvent[] = [];
  world.onEvent((e) => events.push(e));
  const observed = await everydayScenario(world);
  const saved = world.save();
  world.dispose();
  return { observed, events, saved };
}

describe('determinism', () => {
  it('one seed, same calls → identical observations, event logs, ids and saved state', async () => {
    const a = await run(42);
    const b = await run(42);
    expect(b.observed).toEqual(a.observed);
    expect(b.events).toEqual(a.events);
    expect(JSON.stringify(b.saved)).toBe(JSON.stringify(a.saved));
    expect(a.events.length).toBeGreaterThan(0);
  });

  it('another seed gives other ids', async () => {
    const a = await run(1);
    const b = await run(2);
    expect(JSON.stringify(b.saved)).not.toBe(JSON.stringify(a.saved));
  });
});
