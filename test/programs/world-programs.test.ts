/**
 * `world.programs`: the built-in programs every world starts with, and `define` for your own.
 */
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/world/world.js';

describe('world.programs', () => {
  it('holds the built-in programs images refer to', () => {
    const world = createWorld();
    expect(world.programs.names()).toEqual(expect.arrayContaining(['bash', 'busybox', 'coreutils', 'curl', 'dash', 'dig', 'nslookup', 'ping']));
    world.dispose();
  });

  it('define adds (or replaces) a program by name and rejects bad names', () => {
    const world = createWorld();
    const greeter = async () => 0;
    world.programs.define('greeter', greeter);
    expect(world.programs.get('greeter')).toBe(greeter);
    expect(() => world.programs.define('has space', greeter)).toThrow('invalid program name: "has space"');
    expect(() => world.programs.define('/bin/x', greeter)).toThrow(RangeError);
    world.dispose();
  });
});
