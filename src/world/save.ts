/**
 * @module
 * The saved form of a world: plain JSON holding the seed, the clock, the random generator's
 * position and the encoded state (see core/serialize.ts). Loading it restores the state exactly;
 * processes that were running restart as after a daemon restart (see docs/decisions).
 */
import type { ClockMode } from '../core/clock.js';
import type { RandomState, Seed } from '../core/random.js';
import type { Json } from '../core/serialize.js';

/** The format tag of saved worlds. */
export const SAVE_FORMAT = 'dockersim/world@1';

/** A saved world (plain JSON). */
export interface SavedWorld {
  readonly format: typeof SAVE_FORMAT;
  readonly seed: Seed;
  readonly clock: { readonly now: number; readonly mode: ClockMode; readonly speed: number };
  readonly random: RandomState;
  readonly state: Json;
}

/** Checks that `value` looks like a {@link SavedWorld}; throws a TypeError saying what is wrong. */
export function checkSavedWorld(value: unknown): SavedWorld {
  const v = value as Partial<SavedWorld> | null;
  if (typeof v !== 'object' || v === null) throw new TypeError('a saved world must be an object');
  if (v.format !== SAVE_FORMAT) throw new TypeError(`unsupported saved world format: ${String(v.format)} (expected ${SAVE_FORMAT})`);
  if (typeof v.clock !== 'object' || v.clock === null || typeof v.clock.now !== 'number') throw new TypeError('saved world has no clock');
  if (!Array.isArray(v.random) || v.random.length !== 4 || !v.random.every((n) => Number.isInteger(n))) throw new TypeError('saved world has no random state');
  if (typeof v.state !== 'object' || v.state === null) throw new TypeError('saved world has no state');
  return v as SavedWorld;
}
