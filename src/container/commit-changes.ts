/**
 * @module
 * `docker commit --change`: Dockerfile instructions applied to the container's configuration
 * (moby `dockerfile.BuildFromConfig`). Only CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD,
 * STOPSIGNAL, USER, VOLUME, WORKDIR and HEALTHCHECK are allowed (`<instr> is not a valid change
 * command` otherwise); exec form is a JSON array, shell form runs through `/bin/sh -c`; an
 * ENTRYPOINT without a CMD in the same changes clears the command, as in a Dockerfile.
 */
import { DockerError } from '../core/errors.js';
import type { ContainerConfig, HealthConfig } from './config.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const VALID = new Set(['cmd', 'entrypoint', 'healthcheck', 'env', 'expose', 'label', 'onbuild', 'stopsignal', 'user', 'volume', 'workdir']);

/** An exec-form JSON array, or undefined when `text` is shell form. */
function jsonForm(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function commandOf(text: string, shell: readonly string[]): string[] {
  return jsonForm(text) ?? [...shell, text];
}

/** `key=value` pairs with optional double quotes (ENV, LABEL); the legacy `ENV key value` form too. */
function pairs(text: string, legacy: boolean): [string, string][] {
  if (legacy && !/^[^\s=]+=/.test(text)) {
    const space = text.search(/\s/);
    return space < 0 ? [[text, '']] : [[text.slice(0, space), text.slice(space).trim()]];
  }
  const out: [string, string][] = [];
  for (const m of text.matchAll(/([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)/g)) {
    const raw = m[2]!;
    out.push([m[1]!.replace(/^"|"$/g, ''), raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw]);
  }
  return out;
}

const DURATION = /^(\d+(?:\.\d+)?)(ns|us|ms|s|m|h)$/;
const NS: { readonly [unit: string]: number } = { ns: 1, us: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

function healthcheck(text: string, shell: readonly string[]): HealthConfig {
  if (/^NONE$/i.test(text.trim())) return { Test: ['NONE'] };
  const health: Mutable<HealthConfig> = {};
  let rest = text.trim();
  for (let m = /^--(interval|timeout|start-period|start-interval|retries)=(\S+)\s*/.exec(rest); m; m = /^--(interval|timeout|start-period|start-interval|retries)=(\S+)\s*/.exec(rest)) {
    const [whole, flag, value = ''] = m;
    rest = rest.slice(whole.length);
    if (flag === 'retries') health.Retries = Number(value);
    else {
      const d = DURATION.exec(value);
      const ns = d ? Number(d[1]) * NS[d[2]!]! : 0;
      if (flag === 'interval') health.Interval = ns;
      else if (flag === 'timeout') health.Timeout = ns;
      else if (flag === 'start-period') health.StartPeriod = ns;
      else health.StartInterval = ns;
    }
  }
  const cmd = rest.replace(/^CMD\s+/i, '');
  const exec = jsonForm(cmd);
  health.Test = exec ? ['CMD', ...exec] : ['CMD-SHELL', cmd];
  void shell;
  return health;
}

/** Applies `changes` (one Dockerfile instruction each) to `config`; Docker's error for a bad one. */
export function applyCommitChanges(config: ContainerConfig, changes: readonly string[]): ContainerConfig | DockerError {
  const out: Mutable<ContainerConfig> = { ...config, Labels: { ...config.Labels } };
  const shell = config.Shell && config.Shell.length > 0 ? config.Shell : ['/bin/sh', '-c'];
  let cmdSet = false;
  const lines = changes.flatMap((c) => c.split('\n')).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  for (const line of lines) {
    const space = line.search(/\s/);
    const instruction = (space < 0 ? line : line.slice(0, space)).toLowerCase();
    const args = space < 0 ? '' : line.slice(space).trim();
    if (!VALID.has(instruction)) return new DockerError('InvalidParameter', `${instruction} is not a valid change command`);
    switch (instruction) {
      case 'cmd':
        out.Cmd = commandOf(args, shell);
        cmdSet = true;
        break;
      case 'entrypoint':
        out.Entrypoint = commandOf(args, shell);
        if (!cmdSet) out.Cmd = null;
        break;
      case 'env': {
        const env = [...(out.Env ?? [])];
        for (const [key, value] of pairs(args, true)) {
          const at = env.findIndex((e) => e.split('=')[0] === key);
          if (at >= 0) env[at] = `${key}=${value}`;
          else env.push(`${key}=${value}`);
        }
        out.Env = env;
        break;
      }
      case 'expose': {
        const ports = { ...(out.ExposedPorts ?? {}) };
        for (const port of args.split(/\s+/)) ports[port.includes('/') ? port : `${port}/tcp`] = {};
        out.ExposedPorts = ports;
        break;
      }
      case 'label':
        for (const [key, value] of pairs(args, false)) out.Labels = { ...out.Labels, [key]: value };
        break;
      case 'onbuild':
        out.OnBuild = [...(out.OnBuild ?? []), args];
        break;
      case 'stopsignal':
        out.StopSignal = args;
        break;
      case 'user':
        out.User = args;
        break;
      case 'volume': {
        const volumes = { ...(out.Volumes ?? {}) };
        for (const v of jsonForm(args) ?? args.split(/\s+/)) volumes[v] = {};
        out.Volumes = volumes;
        break;
      }
      case 'workdir':
        out.WorkingDir = args.startsWith('/') ? args : `${out.WorkingDir.replace(/\/$/, '')}/${args}`;
        break;
      case 'healthcheck':
        out.Healthcheck = healthcheck(args, shell);
        break;
    }
  }
  return out;
}
