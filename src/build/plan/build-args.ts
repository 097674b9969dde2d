/**
 * @module
 * Build arguments and their scope, as the classic builder keeps them (moby `buildargs.go`):
 * `--build-arg` values override ARG defaults; ARGs before the first FROM are global and visible
 * to FROM lines only, until a stage redeclares them (`ARG NAME` without a value takes the global
 * value); each stage starts with no ARGs; ENV wins over an ARG of the same name; the proxy
 * variables (`HTTP_PROXY`…) are usable without ARG but stay out of the image history unless
 * declared. See https://docs.docker.com/reference/dockerfile/#arg.
 */

/** The proxy build args Docker predefines (usable without ARG, kept out of history). */
export const BUILTIN_BUILD_ARGS: readonly string[] = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

/** A value given with `--build-arg NAME=value`; null for `--build-arg NAME` with no value in the environment. */
export type BuildArgValue = string | null;

/** The build args of one point in a build: immutable, each change returns a new value. */
export class BuildArgs {
  private constructor(
    /** The `--build-arg` values. */
    readonly fromOptions: ReadonlyMap<string, BuildArgValue>,
    /** ARGs declared in the current stage (value: its default, or undefined). */
    private readonly allowed: ReadonlyMap<string, string | undefined>,
    /** Global ARGs (before the first FROM). */
    private readonly meta: ReadonlyMap<string, string | undefined>,
    /** Every ARG name declared anywhere so far. */
    private readonly referenced: ReadonlySet<string>,
  ) {}

  /** The args of a build given its `--build-arg` values (insertion order is kept). */
  static of(fromOptions: Readonly<Record<string, BuildArgValue>> = {}): BuildArgs {
    return new BuildArgs(new Map(Object.entries(fromOptions)), new Map(), new Map(), new Set());
  }

  /** After `ARG key[=value]` in a stage (or globally). */
  addArg(key: string, value: string | undefined): BuildArgs {
    return new BuildArgs(this.fromOptions, new Map(this.allowed).set(key, value), this.meta, new Set(this.referenced).add(key));
  }

  /** After a global `ARG key[=value]` (before the first FROM): also usable in FROM lines. */
  addMetaArg(key: string, value: string | undefined): BuildArgs {
    return new BuildArgs(this.fromOptions, this.allowed, new Map(this.meta).set(key, value), this.referenced);
  }

  /** The args a new stage starts with: globals and references kept, stage ARGs forgotten. */
  forNewStage(): BuildArgs {
    return new BuildArgs(this.fromOptions, new Map(), this.meta, this.referenced);
  }

  /** Adds the names `other` referenced (a finished stage's) to this one's. */
  mergeReferenced(other: BuildArgs): BuildArgs {
    return new BuildArgs(this.fromOptions, this.allowed, this.meta, new Set([...this.referenced, ...other.referenced]));
  }

  private value(key: string, source: ReadonlyMap<string, string | undefined>): string | undefined {
    const option = this.fromOptions.get(key);
    if (option !== undefined && option !== null) return option;
    const own = source.get(key);
    if (own !== undefined) return own;
    // `ARG NAME` without a value in a stage takes the global value.
    return this.meta.get(key);
  }

  private resolve(source: ReadonlyMap<string, string | undefined>): Map<string, string> {
    const out = new Map<string, string>();
    // The builtins are always candidates: given with --build-arg, or as a global ARG's value.
    for (const key of [...source.keys(), ...BUILTIN_BUILD_ARGS]) {
      if (out.has(key)) continue;
      const value = this.value(key, source);
      if (value !== undefined) out.set(key, value);
    }
    return out;
  }

  /** The stage's usable args with their values (moby `GetAllAllowed`). */
  allowedValues(): ReadonlyMap<string, string> {
    return this.resolve(this.allowed);
  }

  /** The global args with their values, for FROM lines (moby `GetAllMeta`). */
  metaValues(): ReadonlyMap<string, string> {
    return this.resolve(this.meta);
  }

  /**
   * `KEY=value` for each usable arg not shadowed by the config's `Env` (moby `FilterAllowed`),
   * sorted: Go leaves the order to its map iteration; we make it deterministic.
   */
  filterAllowed(env: readonly string[]): string[] {
    const set = new Set(env.map((e) => e.split('=', 1)[0]!));
    return [...this.allowedValues()]
      .filter(([k]) => !set.has(k))
      .map(([k, v]) => `${k}=${v}`)
      .sort();
  }

  /** True for an arg that belongs in the history: declared here, or not a builtin proxy arg. */
  isReferencedOrNotBuiltin(key: string): boolean {
    return this.allowed.has(key) || !BUILTIN_BUILD_ARGS.includes(key);
  }

  /** The `--build-arg` names never declared by an ARG (builtins excepted), sorted. */
  unusedBuildArgs(): string[] {
    return [...this.fromOptions.keys()].filter((k) => !this.referenced.has(k) && !BUILTIN_BUILD_ARGS.includes(k)).sort();
  }
}
