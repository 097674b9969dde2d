/**
 * @module
 * A docker CLI flag as data: name, shorthand, value kind, usage text and default, exactly as
 * docker/cli declares it with pflag (`flags.BoolVarP(&opts.all, "all", "a", false, "Show all…")`).
 * The command tree (src/cli/commands) is built from these; help output and parsing both read them.
 */

/**
 * How a flag's value is read (the pflag / docker `opts` value type):
 * - `bool`, `string`, `int` (Go int/int64), `uint`, `uint16`, `uint32`, `float`: scalar, last one wins;
 * - `duration`: Go `time.Duration`, held as nanoseconds;
 * - `bytes`: `opts.MemBytes` (`64m`); `memswap`: `opts.MemSwapBytes` (also `-1`, unlimited);
 * - `decimal`: `opts.NanoCPUs` (`0.5` → 500000000);
 * - `list`: `opts.ListOpts`, every occurrence appended (`-e A -e B`);
 * - `strings`: pflag `stringSlice`, every occurrence split as CSV and appended (`--alias a,b`);
 * - `map`: `opts.MapOpts`, `key=value` occurrences; `stringToString`: CSV of `key=value`;
 * - `filter`: `opts.FilterOpt`, `name=value` occurrences grouped by name.
 */
export type FlagKind =
  | 'bool'
  | 'string'
  | 'int'
  | 'uint'
  | 'uint16'
  | 'uint32'
  | 'float'
  | 'duration'
  | 'bytes'
  | 'memswap'
  | 'decimal'
  | 'list'
  | 'strings'
  | 'map'
  | 'stringToString'
  | 'filter';

/** Checks and normalizes one occurrence's value (docker's `ValidatorFctType`); throws a {@link FlagValueError}. */
export type FlagValidator = (value: string, env: { readonly [name: string]: string }) => string;

/** A value a flag rejects; `message` is what docker prints after `invalid argument "v" for "--f" flag: `. */
export class FlagValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagValueError';
  }
}

/** Conditions under which docker hides a flag (pflag annotations the CLI checks against the daemon). */
export interface FlagAnnotations {
  /** Only on daemons running this OS (`ostype`). */
  readonly ostype?: 'linux' | 'windows';
  /** Only on experimental daemons (`experimental`). */
  readonly experimental?: true;
  /** Only on swarm managers (`swarm: manager`). */
  readonly swarm?: string;
}

/** One flag of a command. */
export interface FlagSpec {
  /** Long name, without `--`. */
  readonly name: string;
  /** One-letter shorthand, without `-`; empty when none. */
  readonly short: string;
  readonly kind: FlagKind;
  /** Usage text as help prints it (before wrapping). */
  readonly usage: string;
  /** The type name help shows, when not the kind's own (`mount`, `ulimit`, `port`…). */
  readonly type?: string;
  /** Go's `DefValue` (help prints it as `(default …)`, quoted for strings); absent when zero. */
  readonly def?: string;
  /** The value before any occurrence, when it is not the kind's zero (e.g. hidden defaults). */
  readonly initial?: FlagValue;
  readonly hidden?: boolean;
  /** pflag `MarkDeprecated` message: the flag is hidden and using it prints a notice. */
  readonly deprecated?: string;
  /** pflag `MarkShorthandDeprecated` message: the shorthand still works, prints a notice, and help omits it. */
  readonly shorthandDeprecated?: string;
  /** The flag whose value this one also sets (`--net` sets `--network`, `--time` sets `--timeout`). */
  readonly alias?: string;
  readonly annotations?: FlagAnnotations;
  readonly validate?: FlagValidator;
}

/** A parsed flag value. */
export type FlagValue = boolean | string | number | readonly string[] | StringMap | FilterArgs;

/** A `map` / `stringToString` flag's value: keys in the order given. */
export type StringMap = { readonly [key: string]: string };

/** A `filter` flag's value: docker's `filters.Args`, each name with its distinct values. */
export type FilterArgs = { readonly [name: string]: readonly string[] };

/** Extra properties of a flag, for {@link flag}'s builders. */
export type FlagExtra = Partial<Omit<FlagSpec, 'name' | 'short' | 'kind' | 'usage'>>;

function make(kind: FlagKind) {
  return (name: string, short: string, usage: string, extra: FlagExtra = {}): FlagSpec => ({ name, short, kind, usage, ...extra });
}

/** Builders of {@link FlagSpec}s, one per kind: `flag.bool('all', 'a', 'Show all containers…')`. */
export const flag = {
  bool: make('bool'),
  string: make('string'),
  int: make('int'),
  uint: make('uint'),
  uint16: make('uint16'),
  uint32: make('uint32'),
  float: make('float'),
  duration: make('duration'),
  bytes: make('bytes'),
  memswap: make('memswap'),
  decimal: make('decimal'),
  list: make('list'),
  strings: make('strings'),
  map: make('map'),
  stringToString: make('stringToString'),
  filter: make('filter'),
} as const;

/** The type name pflag's help prints for a kind (`UnquoteUsage`); empty for bools. */
export function typeName(spec: FlagSpec): string {
  if (spec.type !== undefined) return spec.type;
  if (spec.kind === 'memswap') return 'bytes';
  return spec.kind === 'bool' ? '' : spec.kind;
}
