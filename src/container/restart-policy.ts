/**
 * @module
 * The restart manager's decision when a container's main process exits (moby
 * `daemon/internal/restartmanager`, `daemon/monitor.go`): whether the policy restarts it and after
 * what back-off. The back-off starts at 100 ms, doubles on each exit up to 1 minute, and resets
 * when the container had run for at least 10 s. `stop`/`kill` cancel the manager (no restart under
 * any policy); `unless-stopped` also honours the "manually stopped" flag.
 */
import type { RestartPolicy } from './host-config.js';

/** First back-off (ms). */
export const RESTART_BACKOFF_START_MS = 100;
/** Back-off ceiling (ms). */
export const RESTART_BACKOFF_MAX_MS = 60_000;
/** A run at least this long (ms) resets the back-off. */
export const RESTART_RESET_AFTER_MS = 10_000;

/** What the restart manager knows when the process exits. */
export interface ExitFacts {
  readonly policy: RestartPolicy;
  readonly exitCode: number;
  /** `stop`/`kill` marked the container (unless-stopped does not restart). */
  readonly manuallyStopped: boolean;
  /** The manager was cancelled (stop, kill with the stop signal, rm -f, restart): never restart. */
  readonly cancelled: boolean;
  /** How long the process ran (ms). */
  readonly ranMs: number;
  /** Restarts so far (`RestartCount`). */
  readonly restartCount: number;
  /** The manager's current back-off (0 before its first decision). */
  readonly backoffMs: number;
}

/** The decision: restart or not, and the back-off the manager keeps. */
export interface RestartDecision {
  readonly restart: boolean;
  /** Delay before the restart (ms); also the manager's new back-off. */
  readonly backoffMs: number;
}

/** True for a policy that never restarts (`no`, or the empty name of old daemons). */
export function isNoRestart(policy: RestartPolicy): boolean {
  return policy.Name === 'no' || policy.Name === '';
}

/** Decides as moby's `RestartManager.ShouldRestart`. */
export function shouldRestart(facts: ExitFacts): RestartDecision {
  if (isNoRestart(facts.policy) || facts.cancelled) return { restart: false, backoffMs: facts.backoffMs };
  let backoff = facts.ranMs >= RESTART_RESET_AFTER_MS ? 0 : facts.backoffMs;
  if (backoff === 0) backoff = RESTART_BACKOFF_START_MS;
  else if (backoff < RESTART_BACKOFF_MAX_MS) backoff *= 2;
  backoff = Math.min(backoff, RESTART_BACKOFF_MAX_MS);
  let restart = false;
  switch (facts.policy.Name) {
    case 'always':
      restart = true;
      break;
    case 'unless-stopped':
      restart = !facts.manuallyStopped;
      break;
    case 'on-failure': {
      const max = facts.policy.MaximumRetryCount;
      restart = (max === 0 || facts.restartCount < max) && facts.exitCode !== 0;
      break;
    }
  }
  return { restart, backoffMs: backoff };
}
