/**
 * @module
 * The classic builder's run config in and out of image records (moby `dispatchState.beginStage`,
 * `image.NewChildImage`): a stage starts from its base image's `config`; every step's image
 * stores the config so far as `config` and the step's container config (with its `#(nop)`
 * command) as `container_config`, which is what the build cache compares.
 */
import type { HealthConfig as ImageHealthConfig, ImageConfig, StoredContainerConfig } from '../../image/config.js';
import type { HealthConfig } from '../instructions/types.js';
import { EMPTY_RUN_CONFIG, type RunConfig } from '../plan/run-config.js';

const health = (h: ImageHealthConfig | undefined): HealthConfig | null =>
  h === undefined
    ? null
    : { Test: h.Test ?? [], Interval: h.Interval ?? 0, Timeout: h.Timeout ?? 0, StartPeriod: h.StartPeriod ?? 0, StartInterval: h.StartInterval ?? 0, Retries: h.Retries ?? 0 };

const nonEmpty = <T extends object>(o: T | null | undefined): T | undefined => (o && Object.keys(o).length > 0 ? o : undefined);
const list = (l: readonly string[] | null | undefined): readonly string[] | undefined => (l && l.length > 0 ? l : undefined);

/** The run config an image's `config` (or `container_config`) describes; missing fields are empty. */
export function runConfigOf(config: StoredContainerConfig | undefined): RunConfig {
  const c = config ?? {};
  return {
    ...EMPTY_RUN_CONFIG,
    Env: c.Env ?? [],
    Cmd: c.Cmd ?? null,
    Entrypoint: c.Entrypoint ?? null,
    Shell: c.Shell ?? null,
    WorkingDir: c.WorkingDir ?? '',
    User: c.User ?? '',
    ExposedPorts: c.ExposedPorts ?? null,
    Volumes: c.Volumes ?? null,
    Labels: c.Labels ?? null,
    OnBuild: c.OnBuild ?? null,
    StopSignal: c.StopSignal ?? '',
    Healthcheck: health(c.Healthcheck),
    ArgsEscaped: c.ArgsEscaped ?? false,
    Image: c.Image ?? '',
  };
}

/** The image `config` of a run config (empty fields left out, as the image's JSON omits them). */
export function imageConfigOf(rc: RunConfig): ImageConfig {
  const out: { -readonly [K in keyof ImageConfig]: ImageConfig[K] } = {};
  if (rc.User) out.User = rc.User;
  if (nonEmpty(rc.ExposedPorts)) out.ExposedPorts = rc.ExposedPorts!;
  if (list(rc.Env)) out.Env = rc.Env;
  if (rc.Entrypoint) out.Entrypoint = rc.Entrypoint;
  if (rc.Cmd) out.Cmd = rc.Cmd;
  if (nonEmpty(rc.Volumes)) out.Volumes = rc.Volumes!;
  if (rc.WorkingDir) out.WorkingDir = rc.WorkingDir;
  if (nonEmpty(rc.Labels)) out.Labels = rc.Labels!;
  if (rc.StopSignal) out.StopSignal = rc.StopSignal;
  if (rc.Healthcheck) out.Healthcheck = rc.Healthcheck;
  if (list(rc.OnBuild)) out.OnBuild = rc.OnBuild!;
  if (list(rc.Shell)) out.Shell = rc.Shell!;
  if (rc.ArgsEscaped) out.ArgsEscaped = true;
  return out;
}

/** The `container_config` of a step: the container's config as Docker stores it. */
export function storedContainerConfig(rc: RunConfig): StoredContainerConfig {
  return {
    Hostname: '',
    Domainname: '',
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    ...imageConfigOf(rc),
    ...(rc.Image ? { Image: rc.Image } : {}),
  };
}
