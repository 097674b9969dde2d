/**
 * @module
 * The program registry (DESIGN.md decision 8): program names → implementations. An executable
 * file names its program (`#!dockersim nginx`); exec looks the name up here. The world exposes one
 * registry as `world.programs`, holding the built-ins; `define` adds a user's own program (or
 * replaces a built-in) for every container of that world.
 */
import type { Program } from './types.js';

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

/** Program names and their implementations. */
export class ProgramRegistry {
  readonly #programs = new Map<string, Program>();

  /** A registry holding `programs` (e.g. the built-ins). */
  constructor(programs: { readonly [name: string]: Program } = {}) {
    for (const [name, program] of Object.entries(programs)) this.define(name, program);
  }

  /**
   * Registers `program` under `name` (letters, digits, `.`, `_`, `+`, `-`); a later definition
   * replaces an earlier one. Files holding `#!dockersim <name>` run it.
   */
  define(name: string, program: Program): this {
    if (!NAME_RE.test(name)) throw new RangeError(`invalid program name: ${JSON.stringify(name)}`);
    if (typeof program !== 'function') throw new TypeError(`program ${name} must be a function`);
    this.#programs.set(name, program);
    return this;
  }

  /** The program called `name`, if any. */
  get(name: string): Program | undefined {
    return this.#programs.get(name);
  }

  /** True when `name` is registered. */
  has(name: string): boolean {
    return this.#programs.has(name);
  }

  /** Every registered name, sorted. */
  names(): string[] {
    return [...this.#programs.keys()].sort();
  }

  /** A copy that can be extended without changing this registry. */
  fork(): ProgramRegistry {
    const copy = new ProgramRegistry();
    for (const [name, program] of this.#programs) copy.define(name, program);
    return copy;
  }
}
