/**
 * The program registry a world starts with (`world.programs`): the built-ins images refer to, and
 * `define` for your own.
 */
import { describe, expect, it } from 'vitest';
import { createProgramRegistry } from '../../src/programs/catalog.js';

describe('the program registry', () => {
  it('holds the built-in programs images refer to', () => {
    expect(createProgramRegistry().names()).toEqual(expect.arrayContaining(['bash', 'busybox', 'coreutils', 'curl', 'dash', 'dig', 'nslookup', 'ping']));
  });

  it('define adds (or replaces) a program by name and rejects bad names', () => {
    const programs = createProgramRegistry();
    const greeter = async () => 0;
    programs.define('greeter', greeter);
    expect(programs.get('greeter')).toBe(greeter);
    expect(() => programs.define('has space', greeter)).toThrow('invalid program name: "has space"');
    expect(() => programs.define('/bin/x', greeter)).toThrow(RangeError);
  });

  it('a fork is independent of the registry it came from', () => {
    const base = createProgramRegistry();
    const copy = base.fork().define('extra', async () => 0);
    expect(copy.has('extra')).toBe(true);
    expect(base.has('extra')).toBe(false);
  });
});
