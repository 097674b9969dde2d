/**
 * @module
 * `ContainerConfig` and `HealthConfig`: the portable part of a container's configuration, in the
 * Engine API v1.50 wire shape (`Config` in `docker inspect`, the body of `POST /containers/create`).
 * See https://docs.docker.com/reference/api/engine/version/v1.50/#tag/Container.
 */

/** A healthcheck as configured (`HEALTHCHECK` / `--health-*`); durations in nanoseconds. */
export type { HealthConfig } from '../image/config.js';
import type { HealthConfig } from '../image/config.js';

/** An empty object used as a set member (`ExposedPorts`, `Volumes`). */
export type Empty = { readonly [key: string]: never };

/** A container's configuration (Engine API `ContainerConfig`). */
export interface ContainerConfig {
  readonly Hostname: string;
  readonly Domainname: string;
  readonly User: string;
  readonly AttachStdin: boolean;
  readonly AttachStdout: boolean;
  readonly AttachStderr: boolean;
  readonly ExposedPorts?: { readonly [port: string]: Empty } | null;
  readonly Tty: boolean;
  readonly OpenStdin: boolean;
  readonly StdinOnce: boolean;
  readonly Env: readonly string[] | null;
  readonly Cmd: readonly string[] | null;
  readonly Healthcheck?: HealthConfig;
  readonly ArgsEscaped?: boolean | null;
  /** The image as the user named it (`alpine`, `sha256:…`). */
  readonly Image: string;
  readonly Volumes: { readonly [path: string]: Empty } | null;
  readonly WorkingDir: string;
  readonly Entrypoint: readonly string[] | null;
  readonly NetworkDisabled?: boolean | null;
  readonly OnBuild: readonly string[] | null;
  readonly Labels: { readonly [key: string]: string };
  readonly StopSignal?: string | null;
  /** Seconds; absent = the daemon's default (10 s). */
  readonly StopTimeout?: number | null;
  readonly Shell?: readonly string[] | null;
}

/** The configuration an image gives its containers (Engine API `ImageConfig`, the subset create merges). */
export interface ImageRunConfig {
  readonly User?: string;
  readonly ExposedPorts?: { readonly [port: string]: Empty } | null;
  readonly Env?: readonly string[] | null;
  readonly Cmd?: readonly string[] | null;
  readonly Healthcheck?: HealthConfig | null;
  readonly ArgsEscaped?: boolean | null;
  readonly Volumes?: { readonly [path: string]: Empty } | null;
  readonly WorkingDir?: string;
  readonly Entrypoint?: readonly string[] | null;
  readonly OnBuild?: readonly string[] | null;
  readonly Labels?: { readonly [key: string]: string } | null;
  readonly StopSignal?: string | null;
  readonly Shell?: readonly string[] | null;
}

/** Nanoseconds per millisecond, for HealthConfig durations. */
export const NS_PER_MS = 1_000_000;
