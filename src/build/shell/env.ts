/**
 * @module
 * The variable environments Dockerfile substitution reads from (BuildKit `shell.EnvGetter`):
 * built from `KEY=value` lists as a container config's `Env` holds them (a later entry wins,
 * an entry without `=` is set to the empty string), or from a plain record.
 */

/** Looks a variable up: its value, or undefined when it is not set. */
export interface Env {
  /** The value of `name`, or undefined when unset (set-but-empty is `""`). */
  get(name: string): string | undefined;
  /** The names defined, in definition order (first occurrence). */
  keys(): readonly string[];
}

class MapEnv implements Env {
  constructor(private readonly values: ReadonlyMap<string, string>) {}
  get(name: string): string | undefined {
    return this.values.get(name);
  }
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
}

/** An {@link Env} from `KEY=value` entries (BuildKit `EnvsFromSlice`). */
export function envFromList(list: readonly string[]): Env {
  const values = new Map<string, string>();
  for (const entry of list) {
    const eq = entry.indexOf('=');
    if (eq < 0) values.set(entry, '');
    else values.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  return new MapEnv(values);
}

/** An {@link Env} from a record of values. */
export function envFromRecord(record: Readonly<Record<string, string>>): Env {
  return new MapEnv(new Map(Object.entries(record)));
}

/** The empty environment: every variable unset. */
export const EMPTY_ENV: Env = new MapEnv(new Map());
