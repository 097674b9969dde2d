/**
 * @module
 * How a container's configuration inherits from its image (moby `daemon/commit.go` merge and
 * `daemon/create.go` mergeAndVerifyConfig): User, WorkingDir and StopSignal fill in when empty;
 * ExposedPorts, Volumes and Labels are unions (the user's values win); Env appends the image's
 * variables the user did not set; Cmd comes from the image only when the user gave neither
 * Entrypoint nor Cmd (so `--entrypoint` resets the image's Cmd); Healthcheck fields fill in one by
 * one. An Entrypoint of `[""]` means "none".
 */
import type { ContainerConfig, HealthConfig, ImageRunConfig } from './config.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function envKey(entry: string): string {
  const eq = entry.indexOf('=');
  return eq < 0 ? entry : entry.slice(0, eq);
}

function mergeHealthcheck(user: HealthConfig | undefined, image: HealthConfig | null | undefined): HealthConfig | undefined {
  if (!image) return user;
  if (!user) return image;
  return {
    Test: user.Test && user.Test.length > 0 ? user.Test : image.Test ?? [],
    Interval: user.Interval || image.Interval || 0,
    Timeout: user.Timeout || image.Timeout || 0,
    StartPeriod: user.StartPeriod || image.StartPeriod || 0,
    StartInterval: user.StartInterval || image.StartInterval || 0,
    Retries: user.Retries || image.Retries || 0,
  };
}

/** The user's config completed from the image's, as the daemon stores it. */
export function mergeImageConfig(user: ContainerConfig, image: ImageRunConfig | undefined): ContainerConfig {
  const out: Mutable<ContainerConfig> = { ...user };
  if (image) {
    if (out.User === '') out.User = image.User ?? '';
    const userPorts = user.ExposedPorts ?? {};
    if (Object.keys(userPorts).length === 0) out.ExposedPorts = image.ExposedPorts ?? user.ExposedPorts;
    else out.ExposedPorts = { ...(image.ExposedPorts ?? {}), ...userPorts };
    if (!user.Env || user.Env.length === 0) out.Env = image.Env ?? user.Env;
    else {
      const keys = new Set(user.Env.map(envKey));
      out.Env = [...user.Env, ...(image.Env ?? []).filter((entry) => !keys.has(envKey(entry)))];
    }
    out.Labels = { ...(image.Labels ?? {}), ...user.Labels };
    if (!user.Entrypoint || user.Entrypoint.length === 0) {
      if (!user.Cmd || user.Cmd.length === 0) {
        out.Cmd = image.Cmd ?? user.Cmd;
        out.ArgsEscaped = image.ArgsEscaped ?? user.ArgsEscaped;
      }
      if (user.Entrypoint === null) out.Entrypoint = image.Entrypoint ?? null;
    }
    const health = mergeHealthcheck(user.Healthcheck, image.Healthcheck);
    if (health) out.Healthcheck = health;
    if (out.WorkingDir === '') out.WorkingDir = image.WorkingDir ?? '';
    const userVolumes = user.Volumes ?? {};
    if (Object.keys(userVolumes).length === 0) out.Volumes = image.Volumes ?? user.Volumes;
    else out.Volumes = { ...userVolumes, ...(image.Volumes ?? {}) };
    if (!out.StopSignal) {
      if (image.StopSignal) out.StopSignal = image.StopSignal;
    }
  }
  if (out.Entrypoint && out.Entrypoint.length === 1 && out.Entrypoint[0] === '') out.Entrypoint = null;
  return out;
}

/** The main process's program and arguments (moby `getEntrypointAndArgs`). */
export function entrypointAndArgs(config: Pick<ContainerConfig, 'Entrypoint' | 'Cmd'>): { path: string; args: string[] } {
  const entrypoint = config.Entrypoint ?? [];
  const cmd = config.Cmd ?? [];
  if (entrypoint.length === 0) return { path: cmd[0] ?? '', args: cmd.slice(1) };
  return { path: entrypoint[0]!, args: [...entrypoint.slice(1), ...cmd] };
}
