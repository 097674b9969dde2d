/**
 * @module
 * The container config a classic build carries from step to step (moby's `dispatchState.runConfig`),
 * in Engine API field names: the image config being built (`Env`, `Cmd`, `Entrypoint`,
 * `WorkingDir`, …). Each step's config, with its `#(nop)` command, is also what the classic build
 * cache compares: {@link classicCacheKey} is that comparison as a key (moby
 * `image/cache/compare.go`).
 */
import type { HealthConfig } from '../instructions/types.js';

/** The image/container config a classic build step works on (Engine API names). */
export interface RunConfig {
  /** `KEY=value` entries, in definition order. */
  readonly Env: readonly string[];
  /** The default command (also the `#(nop)` comment of a metadata step). */
  readonly Cmd: readonly string[] | null;
  /** The entrypoint. */
  readonly Entrypoint: readonly string[] | null;
  /** The SHELL for shell-form commands (null: `/bin/sh -c`). */
  readonly Shell: readonly string[] | null;
  /** The working directory (`""` for `/`). */
  readonly WorkingDir: string;
  /** The user. */
  readonly User: string;
  /** Exposed ports, `"80/tcp": {}`. */
  readonly ExposedPorts: Readonly<Record<string, Record<string, never>>> | null;
  /** Declared volumes, `"/data": {}`. */
  readonly Volumes: Readonly<Record<string, Record<string, never>>> | null;
  /** Labels. */
  readonly Labels: Readonly<Record<string, string>> | null;
  /** ONBUILD triggers. */
  readonly OnBuild: readonly string[] | null;
  /** STOPSIGNAL. */
  readonly StopSignal: string;
  /** HEALTHCHECK. */
  readonly Healthcheck: HealthConfig | null;
  /** Windows-only escaping flag; always false on Linux. */
  readonly ArgsEscaped: boolean;
  /** The image the step starts from (`sha256:…`), `""` for scratch. */
  readonly Image: string;
}

/** The empty config (a `FROM scratch` stage starts here, then gets the default PATH). */
export const EMPTY_RUN_CONFIG: RunConfig = {
  Env: [],
  Cmd: null,
  Entrypoint: null,
  Shell: null,
  WorkingDir: '',
  User: '',
  ExposedPorts: null,
  Volumes: null,
  Labels: null,
  OnBuild: null,
  StopSignal: '',
  Healthcheck: null,
  ArgsEscaped: false,
  Image: '',
};

/** The PATH a Linux build step gets when its image sets none (moby `oci.DefaultPathEnv`). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The shell of shell-form commands when no SHELL is set. */
export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

/** The config a stage starts with: the base image's config, with a default PATH if it has none. */
export function beginStageConfig(base: Partial<RunConfig> | null, imageId: string): RunConfig {
  const config: RunConfig = { ...EMPTY_RUN_CONFIG, ...(base ?? {}), Image: imageId };
  const hasPath = config.Env.some((e) => e.split('=', 1)[0] === 'PATH');
  return hasPath ? config : { ...config, Env: [...config.Env, `PATH=${DEFAULT_PATH}`] };
}

/** The shell a shell-form command runs with (moby `getShell`). */
export function shellOf(config: RunConfig): readonly string[] {
  return config.Shell && config.Shell.length > 0 ? config.Shell : DEFAULT_SHELL;
}

const sortedKeys = (o: Readonly<Record<string, unknown>> | null): string[] => Object.keys(o ?? {}).sort();

/**
 * The classic cache's notion of "same config": two steps with the same parent image and equal
 * keys are cache hits. `Image` is not part of it (the parent is); empty lists equal null ones.
 */
export function classicCacheKey(config: RunConfig): string {
  const hc = config.Healthcheck;
  return JSON.stringify([
    config.Env,
    config.Cmd ?? [],
    config.Entrypoint ?? [],
    config.Shell ?? [],
    sortedKeys(config.ExposedPorts),
    sortedKeys(config.Volumes),
    sortedKeys(config.Labels).map((k) => [k, config.Labels![k]]),
    config.OnBuild ?? [],
    config.ArgsEscaped,
    config.User,
    config.WorkingDir,
    config.StopSignal,
    hc === null ? null : [hc.Test, hc.Interval, hc.Timeout, hc.StartPeriod, hc.StartInterval, hc.Retries],
  ]);
}
