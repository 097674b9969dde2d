/**
 * @module
 * Healthchecks as data (moby `daemon/health.go`): the effective probe settings with Docker's
 * defaults, the interval before the next probe, and how one probe result moves `State.Health` —
 * exit 0 makes it `healthy`; a failure adds to the failing streak (except while `starting` within
 * the start period) and `retries` failures in a row make it `unhealthy`. The last 5 results are
 * kept, each output cut to 4096 bytes. The monitor that runs probes on the clock is the runtime's.
 */
import { formatTimestamp } from '../core/time.js';
import type { HealthConfig } from './config.js';
import type { Health, HealthcheckResult, HealthStatus } from './state.js';

/** Docker's defaults (nanoseconds where durations). */
export const HEALTH_DEFAULTS = { interval: 30_000, timeout: 30_000, startPeriod: 0, startInterval: 5_000, retries: 3 } as const;

/** Results kept in `State.Health.Log` (moby `maxLogEntries`). */
export const HEALTH_LOG_ENTRIES = 5;

/** Bytes of probe output kept (moby `maxOutputLen`). */
export const HEALTH_OUTPUT_LIMIT = 4096;

/** A healthcheck's settings in milliseconds, defaults applied. */
export interface ProbeSettings {
  /** `["CMD", …]` argv or `["CMD-SHELL", cmd]`. */
  readonly test: readonly string[];
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly startPeriodMs: number;
  readonly startIntervalMs: number;
  readonly retries: number;
}

const ms = (ns: number | undefined, fallback: number): number => (ns && ns > 0 ? ns / 1e6 : fallback);

/** The settings of `config`, or undefined when it has no (enabled) test. */
export function probeSettings(config: HealthConfig | undefined): ProbeSettings | undefined {
  const test = config?.Test ?? [];
  if (test.length === 0 || test[0] === 'NONE') return undefined;
  return {
    test,
    intervalMs: ms(config?.Interval, HEALTH_DEFAULTS.interval),
    timeoutMs: ms(config?.Timeout, HEALTH_DEFAULTS.timeout),
    startPeriodMs: ms(config?.StartPeriod, HEALTH_DEFAULTS.startPeriod),
    startIntervalMs: ms(config?.StartInterval, HEALTH_DEFAULTS.startInterval),
    retries: config?.Retries && config.Retries > 0 ? config.Retries : HEALTH_DEFAULTS.retries,
  };
}

/** The probe's argv: exec form as is, `CMD-SHELL` through `/bin/sh -c` (or the image's SHELL). */
export function probeArgv(settings: ProbeSettings, shell?: readonly string[] | null): string[] {
  const [kind, ...rest] = settings.test;
  if (kind === 'CMD-SHELL') return [...(shell && shell.length > 0 ? shell : ['/bin/sh', '-c']), rest.join(' ')];
  return rest;
}

/** Milliseconds until the next probe (the start interval while starting within the start period). */
export function nextProbeDelay(settings: ProbeSettings, health: Health | undefined, startedAt: number, now: number): number {
  const starting = health?.Status === 'starting' && now - startedAt < settings.startPeriodMs;
  return starting ? settings.startIntervalMs : settings.intervalMs;
}

/** One probe's outcome, times in virtual epoch ms. */
export interface ProbeOutcome {
  readonly start: number;
  readonly end: number;
  /** -1 when it timed out. */
  readonly exitCode: number;
  readonly output: string;
}

/** The text of a probe that ran out of time (Go's duration format for whole seconds and ms). */
export function timeoutOutput(timeoutMs: number): string {
  const text = timeoutMs >= 1000 ? `${timeoutMs / 1000}s` : `${timeoutMs}ms`;
  return `Health check exceeded timeout (${text})`;
}

/** The health after `outcome`; `changed` when the status moved (a `health_status` event). */
export function applyProbe(health: Health, outcome: ProbeOutcome, settings: ProbeSettings, startedAt: number): { readonly health: Health; readonly changed: boolean } {
  const bytes = new TextEncoder().encode(outcome.output);
  const output = bytes.length > HEALTH_OUTPUT_LIMIT ? new TextDecoder().decode(bytes.slice(0, HEALTH_OUTPUT_LIMIT)) : outcome.output;
  const entry: HealthcheckResult = { Start: formatTimestamp(outcome.start), End: formatTimestamp(outcome.end), ExitCode: outcome.exitCode, Output: output };
  const log = [...health.Log, entry].slice(-HEALTH_LOG_ENTRIES);
  let status: HealthStatus = health.Status;
  let streak = health.FailingStreak;
  if (outcome.exitCode === 0) {
    status = 'healthy';
    streak = 0;
  } else if (!(health.Status === 'starting' && outcome.start - startedAt < settings.startPeriodMs)) {
    streak += 1;
    if (streak >= settings.retries) status = 'unhealthy';
  }
  return { health: { Status: status, FailingStreak: streak, Log: log }, changed: status !== health.Status };
}
