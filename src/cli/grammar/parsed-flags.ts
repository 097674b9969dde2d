/**
 * @module
 * The flags of one parsed docker command line: each flag's value (or its default) and whether the
 * user set it (cobra's `Flags().Changed(name)`), with typed getters for command handlers.
 */
import type { FilterArgs, FlagKind, FlagSpec, FlagValue, StringMap } from './flag.js';

/** Flag values of a parsed command line. */
export class ParsedFlags {
  readonly #specs: ReadonlyMap<string, FlagSpec>;
  readonly #values: ReadonlyMap<string, FlagValue>;
  readonly #changed: ReadonlySet<string>;

  constructor(specs: ReadonlyMap<string, FlagSpec>, values: ReadonlyMap<string, FlagValue>, changed: ReadonlySet<string>) {
    this.#specs = specs;
    this.#values = values;
    this.#changed = changed;
  }

  /** True when the command line set `name` (itself, not through an alias). */
  changed(name: string): boolean {
    this.#spec(name);
    return this.#changed.has(name);
  }

  /** Names of the flags the command line set, in declaration order. */
  changedNames(): string[] {
    return [...this.#specs.keys()].filter((n) => this.#changed.has(n));
  }

  /** The raw value of `name`. */
  value(name: string): FlagValue {
    this.#spec(name);
    return this.#values.get(this.#target(name))!;
  }

  /** A `bool` flag. */
  bool(name: string): boolean {
    return this.#typed(name, ['bool']) as boolean;
  }

  /** A `string` flag. */
  string(name: string): string {
    return this.#typed(name, ['string']) as string;
  }

  /** A numeric flag (`int`, `uint…`, `float`, `duration` in ns, `bytes`, `decimal` in nano-CPUs). */
  number(name: string): number {
    return this.#typed(name, ['int', 'uint', 'uint16', 'uint32', 'float', 'duration', 'bytes', 'memswap', 'decimal']) as number;
  }

  /** A `list` or `strings` flag. */
  list(name: string): readonly string[] {
    return this.#typed(name, ['list', 'strings']) as readonly string[];
  }

  /** A `map` or `stringToString` flag. */
  map(name: string): StringMap {
    return this.#typed(name, ['map', 'stringToString']) as StringMap;
  }

  /** A `filter` flag, as `{ name: [values…] }`. */
  filters(name: string): FilterArgs {
    return this.#typed(name, ['filter']) as FilterArgs;
  }

  #spec(name: string): FlagSpec {
    const spec = this.#specs.get(name);
    if (!spec) throw new RangeError(`no flag --${name} on this command`);
    return spec;
  }

  #target(name: string): string {
    return this.#spec(name).alias ?? name;
  }

  #typed(name: string, kinds: readonly FlagKind[]): FlagValue {
    const spec = this.#specs.get(this.#target(name)) ?? this.#spec(name);
    if (!kinds.includes(spec.kind)) throw new TypeError(`flag --${name} is a ${spec.kind} flag`);
    return this.value(name);
  }
}
