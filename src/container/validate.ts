/**
 * @module
 * What the daemon checks in a create request before it looks at the image (moby
 * `daemon/container.go` verifyContainerSettings → validateContainerConfig, validateHostConfig):
 * WorkingDir, StopSignal, Env, Healthcheck durations, AutoRemove with a restart policy, port
 * bindings and the restart policy itself. The first failure wins, as in moby.
 */
import { DockerError } from '../core/errors.js';
import {
  autoRemoveWithRestartPolicy,
  healthcheckRetriesNegative,
  healthcheckTooShort,
  invalidEnvironmentVariable,
  invalidPortSpecification,
  restartRetryCountNegative,
  restartRetryCountNotAllowed,
  unknownRestartPolicy,
  workingDirNotAbsolute,
} from '../core/messages/containers.js';
import { NS_PER_MS, type HealthConfig } from './config.js';
import type { PortMap, RestartPolicy } from './host-config.js';
import { parseSignal } from './signals.js';

/** The subset of a create request the checks read. */
export interface ValidatedConfig {
  readonly WorkingDir?: string;
  readonly StopSignal?: string | null;
  readonly Env?: readonly string[] | null;
  readonly Healthcheck?: HealthConfig | null;
}

/** The subset of a HostConfig the checks read. */
export interface ValidatedHostConfig {
  readonly AutoRemove?: boolean;
  readonly RestartPolicy?: Partial<RestartPolicy>;
  readonly PortBindings?: PortMap | null;
}

/** Go's `path.Clean` for absolute paths. */
export function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Checks a healthcheck's durations and retries. */
export function validateHealthcheck(health: HealthConfig | null | undefined): DockerError | undefined {
  if (!health) return undefined;
  const short = (ns: number | undefined) => ns !== undefined && ns !== 0 && ns < NS_PER_MS;
  if (short(health.Interval)) return healthcheckTooShort('Interval');
  if (short(health.Timeout)) return healthcheckTooShort('Timeout');
  if ((health.Retries ?? 0) < 0) return healthcheckRetriesNegative();
  if (short(health.StartPeriod)) return healthcheckTooShort('StartPeriod');
  if (short(health.StartInterval)) return healthcheckTooShort('StartInterval');
  return undefined;
}

/** Checks a restart policy (moby `container.ValidateRestartPolicy`). */
export function validateRestartPolicy(policy: Partial<RestartPolicy> | undefined): DockerError | undefined {
  const name = policy?.Name ?? '';
  const retries = policy?.MaximumRetryCount ?? 0;
  switch (name) {
    case 'always':
    case 'unless-stopped':
    case 'no':
      return retries !== 0 ? restartRetryCountNotAllowed(retries < 0) : undefined;
    case 'on-failure':
      return retries < 0 ? restartRetryCountNegative() : undefined;
    case '':
      return undefined;
    default:
      return unknownRestartPolicy(name);
  }
}

const PORT_KEY = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/;
const HOST_PORT = /^(\d+)(?:-(\d+))?$/;

function validPortNumber(text: string | undefined, allowZero: boolean): boolean {
  if (text === undefined) return true;
  const n = Number(text);
  return Number.isInteger(n) && n <= 65535 && (allowZero || n > 0);
}

/** Checks `PortBindings` keys (`80/tcp`) and host ports (`8080`, `8000-8010`). */
export function validatePortBindings(ports: PortMap | null | undefined): DockerError | undefined {
  for (const [key, bindings] of Object.entries(ports ?? {})) {
    const m = PORT_KEY.exec(key);
    if (!m || !validPortNumber(m[1], false) || !validPortNumber(m[2], false)) return invalidPortSpecification(key);
    for (const binding of bindings ?? []) {
      if (binding.HostPort === '') continue;
      const h = HOST_PORT.exec(binding.HostPort);
      if (!h || !validPortNumber(h[1], true) || !validPortNumber(h[2], true)) return invalidPortSpecification(binding.HostPort);
    }
  }
  return undefined;
}

/** Runs the daemon's checks on a create request; returns the first error. */
export function validateCreate(config: ValidatedConfig, hostConfig: ValidatedHostConfig | undefined): DockerError | undefined {
  if (config.WorkingDir && !config.WorkingDir.startsWith('/')) return workingDirNotAbsolute(config.WorkingDir);
  if (config.StopSignal) {
    const signal = parseSignal(config.StopSignal);
    if (signal instanceof DockerError) return signal;
  }
  for (const entry of config.Env ?? []) {
    if (entry.split('=', 1)[0] === '') return invalidEnvironmentVariable(entry);
  }
  const health = validateHealthcheck(config.Healthcheck);
  if (health) return health;
  if (!hostConfig) return undefined;
  const policy = hostConfig.RestartPolicy?.Name ?? '';
  if (hostConfig.AutoRemove && policy !== '' && policy !== 'no') return autoRemoveWithRestartPolicy();
  return validatePortBindings(hostConfig.PortBindings) ?? validateRestartPolicy(hostConfig.RestartPolicy);
}
