/**
 * @module
 * Docker's container lifecycle as one pure function (DESIGN.md decision 4, STYLE.md §2):
 * `transition(container, action, now)` owns every guard and Docker's exact error for each illegal
 * move (docker-semantics.md §1.3, moby `daemon/start.go`, `stop.go`, `kill.go`, `pause.go`,
 * `unpause.go`, `delete.go`, `exec.go`, `commit.go`, `update.go`, `monitor.go`), and returns the
 * next record with the effects — signals, timers, events, process start, removal — as data for the
 * runtime to execute. Reading this file tells you the whole lifecycle.
 */
import { DockerError } from '../core/errors.js';
import * as m from '../core/messages/containers.js';
import { formatTimestamp, parseTimestamp } from '../core/time.js';
import type { SignalName } from '../programs/types.js';
import type { ContainerRecord } from './record.js';
import { shouldRestart } from './restart-policy.js';
import { parseSignal, signalNumber } from './signals.js';
import { statusFlags, type ContainerState, type ContainerStatus, type Health } from './state.js';

/** What can happen to a container. */
export type LifecycleAction =
  /** `docker start`: `pid` is the main process's pid-to-be. */
  | { readonly type: 'start'; readonly pid: number }
  /** The restart policy's back-off elapsed. */
  | { readonly type: 'restart-due'; readonly pid: number }
  /** `docker stop`: the stop signal (default the container's), then SIGKILL after `timeoutMs` (< 0: never). */
  | { readonly type: 'stop'; readonly signal?: SignalName; readonly timeoutMs: number; readonly restarting?: boolean }
  /** `docker kill -s`. */
  | { readonly type: 'kill'; readonly signal: SignalName }
  | { readonly type: 'pause' }
  | { readonly type: 'unpause' }
  /** The main process ended (reported by the runtime). */
  | { readonly type: 'exited'; readonly exitCode: number; readonly oomKilled?: boolean; readonly error?: string }
  /** `docker start` failed before the process ran: Docker's 126/127/128 and the error text. */
  | { readonly type: 'start-failed'; readonly exitCode: number; readonly error: string }
  /** `docker rm` of a stopped container (`name` as the user typed it, for messages). */
  | { readonly type: 'remove'; readonly name: string; readonly force: boolean; readonly volumes?: boolean }
  /** Guards without a state change. */
  | { readonly type: 'exec' }
  /** `docker attach` (a created or stopped container waits for its next start). */
  | { readonly type: 'attach' }
  /** `docker top`. */
  | { readonly type: 'top' }
  | { readonly type: 'update' }
  | { readonly type: 'commit' };

/** What the runtime must do after a transition is committed. */
export type LifecycleEffect =
  | { readonly type: 'spawn' }
  | { readonly type: 'signal'; readonly signal: SignalName }
  | { readonly type: 'kill-after'; readonly ms: number }
  | { readonly type: 'cancel-kill' }
  | { readonly type: 'freeze' }
  | { readonly type: 'thaw' }
  | { readonly type: 'restart-after'; readonly ms: number }
  | { readonly type: 'cancel-restart' }
  | { readonly type: 'health-start' }
  | { readonly type: 'health-stop' }
  /** Wake `wait` callers: the process exited with `exitCode`. */
  | { readonly type: 'notify-exit'; readonly exitCode: number }
  | { readonly type: 'auto-remove' }
  /** Delete the record, release the name, drop the writable layer. */
  | { readonly type: 'remove' }
  | { readonly type: 'event'; readonly action: string; readonly attributes?: { readonly [key: string]: string } };

/** A legal move: the next record and its effects. */
export interface Transition {
  readonly next: ContainerRecord;
  readonly effects: readonly LifecycleEffect[];
}

function withStatus(record: ContainerRecord, status: ContainerStatus, patch: Partial<ContainerState> = {}): ContainerRecord {
  return { ...record, State: { ...record.State, ...patch, Status: status, ...statusFlags(status) } };
}

/** moby CloseMonitorChannel: a stopped health monitor leaves the health `unhealthy`. */
function monitorStopped(record: ContainerRecord): ContainerRecord {
  const health = record.State.Health;
  return health ? { ...record, State: { ...record.State, Health: { ...health, Status: 'unhealthy' } } } : record;
}

function hasHealthcheck(record: ContainerRecord): boolean {
  const test = record.Config.Healthcheck?.Test ?? [];
  return test.length > 0 && test[0] !== 'NONE';
}

/** The main process's stop signal (`--stop-signal`, image STOPSIGNAL, default SIGTERM). */
export function stopSignalOf(record: ContainerRecord): SignalName {
  const configured = record.Config.StopSignal;
  if (!configured) return 'SIGTERM';
  const parsed = parseSignal(configured);
  return parsed instanceof DockerError ? 'SIGTERM' : parsed;
}

/** moby killWithSignal: SIGKILL or the container's stop signal makes the next exit final. */
function exitsOnNext(record: ContainerRecord, signal: SignalName): boolean {
  return !record.Config.StopSignal || signal === 'SIGKILL' || signal === stopSignalOf(record);
}

function running(record: ContainerRecord, pid: number, now: number): ContainerRecord {
  const health: Health | undefined = hasHealthcheck(record)
    ? { Status: 'starting', FailingStreak: 0, Log: record.State.Health?.Log ?? [] }
    : undefined;
  const next = withStatus(record, 'running', { Pid: pid, ExitCode: 0, Error: '', OOMKilled: false, StartedAt: formatTimestamp(now) });
  return { ...next, State: health ? { ...next.State, Health: health } : next.State };
}

function startEffects(record: ContainerRecord): LifecycleEffect[] {
  return hasHealthcheck(record) ? [{ type: 'spawn' }, { type: 'health-start' }, { type: 'event', action: 'start' }] : [{ type: 'spawn' }, { type: 'event', action: 'start' }];
}

function start(c: ContainerRecord, pid: number, now: number): Transition | DockerError {
  const status = c.State.Status;
  if (status === 'paused') return m.cannotStartPaused();
  if (status === 'running' || status === 'restarting') return m.containerAlreadyRunning();
  if (status === 'removing' || status === 'dead') return m.markedForRemoval();
  const fresh: ContainerRecord = {
    ...c,
    RestartCount: 0,
    internal: { ...c.internal, manuallyStopped: false, exitOnNext: false, manuallyRestarted: false, restartBackoffMs: 0 },
  };
  return { next: running(fresh, pid, now), effects: startEffects(c) };
}

function kill(c: ContainerRecord, signal: SignalName, stop?: { timeoutMs: number; restarting: boolean }): Transition | DockerError {
  const status = c.State.Status;
  if (status !== 'running' && status !== 'paused' && status !== 'restarting') {
    return stop ? m.containerAlreadyStopped() : m.containerNotRunning(c.Id);
  }
  const final = exitsOnNext(c, signal);
  const internal = { ...c.internal, manuallyStopped: true, exitOnNext: c.internal.exitOnNext || final, manuallyRestarted: c.internal.manuallyRestarted || (stop?.restarting ?? false) };
  if (status === 'restarting') {
    // No process to signal: cancelling the restart manager leaves the container exited.
    if (!final) return { next: { ...c, internal }, effects: [] };
    const effects: LifecycleEffect[] = [{ type: 'cancel-restart' }, { type: 'notify-exit', exitCode: c.State.ExitCode }];
    if (stop) effects.push({ type: 'event', action: 'stop' });
    return { next: withStatus({ ...c, internal }, 'exited'), effects };
  }
  const thaw = status === 'paused' && final;
  const next = thaw ? withStatus({ ...c, internal }, 'running') : { ...c, internal };
  const effects: LifecycleEffect[] = [{ type: 'signal', signal }];
  if (thaw) effects.push({ type: 'thaw' });
  effects.push({ type: 'event', action: 'kill', attributes: { signal: String(signalNumber(signal)) } });
  if (stop && stop.timeoutMs >= 0 && signal !== 'SIGKILL') effects.push({ type: 'kill-after', ms: stop.timeoutMs });
  return { next, effects };
}

function exited(c: ContainerRecord, exitCode: number, now: number, oomKilled: boolean, error: string): Transition {
  const status = c.State.Status;
  if (status !== 'running' && status !== 'paused') return { next: c, effects: [] };
  const startedAt = parseTimestamp(c.State.StartedAt) ?? now;
  const decision = shouldRestart({
    policy: c.HostConfig.RestartPolicy,
    exitCode,
    manuallyStopped: c.internal.manuallyStopped,
    cancelled: c.internal.exitOnNext || c.internal.manuallyRestarted,
    ranMs: now - startedAt,
    restartCount: c.RestartCount,
    backoffMs: c.internal.restartBackoffMs,
  });
  const effects: LifecycleEffect[] = [{ type: 'cancel-kill' }];
  if (c.State.Health) effects.push({ type: 'health-stop' });
  if (oomKilled) effects.push({ type: 'event', action: 'oom' });
  const execDuration = String(Math.floor((now - startedAt) / 1000));
  effects.push({ type: 'event', action: 'die', attributes: { exitCode: String(exitCode), execDuration } });
  effects.push({ type: 'notify-exit', exitCode });
  const patch = { Pid: 0, ExitCode: exitCode, OOMKilled: oomKilled, Error: error, FinishedAt: formatTimestamp(now) };
  const internal = { ...c.internal, restartBackoffMs: decision.backoffMs };
  if (decision.restart) {
    effects.push({ type: 'restart-after', ms: decision.backoffMs });
    return { next: withStatus(monitorStopped({ ...c, RestartCount: c.RestartCount + 1, internal }), 'restarting', patch), effects };
  }
  if (c.HostConfig.AutoRemove && !c.internal.manuallyRestarted) effects.push({ type: 'auto-remove' });
  return { next: withStatus(monitorStopped({ ...c, internal }), 'exited', patch), effects };
}

function remove(c: ContainerRecord, name: string, force: boolean): Transition | DockerError {
  const status = c.State.Status;
  if (status === 'removing') return m.removalInProgress(name);
  if (!force && status === 'paused') return m.cannotRemovePaused(name);
  if (!force && (status === 'running' || status === 'restarting')) return m.cannotRemoveRunning(name, status);
  if (status === 'running' || status === 'paused' || status === 'restarting') {
    // rm -f: the runtime kills first; removal follows the exit.
    return kill(c, 'SIGKILL');
  }
  return { next: withStatus(c, 'removing'), effects: [{ type: 'event', action: 'destroy' }, { type: 'remove' }] };
}

/** Applies `action` to `container` at virtual time `now`: the next record and effects, or Docker's error. */
export function transition(container: ContainerRecord, action: LifecycleAction, now: number): Transition | DockerError {
  const c = container;
  const status = c.State.Status;
  switch (action.type) {
    case 'start':
      return start(c, action.pid, now);
    case 'restart-due':
      if (status !== 'restarting') return { next: c, effects: [] };
      return { next: running(c, action.pid, now), effects: startEffects(c) };
    case 'stop':
      return kill(c, action.signal ?? stopSignalOf(c), { timeoutMs: action.timeoutMs, restarting: action.restarting ?? false });
    case 'kill':
      return kill(c, action.signal);
    case 'pause':
      if (!statusFlags(status).Running) return m.containerNotRunning(c.Id);
      if (status === 'paused') return m.containerAlreadyPaused(c.Id);
      if (status === 'restarting') return m.containerIsRestarting(c.Id);
      return {
        next: withStatus(monitorStopped(c), 'paused'),
        effects: [{ type: 'freeze' }, ...(c.State.Health ? [{ type: 'health-stop' } as const] : []), { type: 'event', action: 'pause' }],
      };
    case 'unpause':
      if (status !== 'paused') return m.containerNotPaused(c.Id);
      return {
        next: withStatus(c, 'running'),
        effects: [{ type: 'thaw' }, ...(c.State.Health ? [{ type: 'health-start' } as const] : []), { type: 'event', action: 'unpause' }],
      };
    case 'exited':
      return exited(c, action.exitCode, now, action.oomKilled ?? false, action.error ?? '');
    case 'start-failed': {
      // moby keeps the error and exit code; a container that never ran still shows Created.
      const guard = start(c, 0, now);
      if (guard instanceof DockerError) return guard;
      const next: ContainerRecord = { ...c, State: { ...c.State, ExitCode: action.exitCode, Error: action.error } };
      return { next, effects: c.HostConfig.AutoRemove ? [{ type: 'auto-remove' }] : [] };
    }
    case 'remove':
      return remove(c, action.name, action.force);
    case 'exec':
      if (!statusFlags(status).Running) return m.containerNotRunning(c.Id);
      if (status === 'paused') return m.execContainerPaused(c.Id);
      if (status === 'restarting') return m.containerIsRestarting(c.Id);
      return { next: c, effects: [] };
    case 'attach':
      if (status === 'paused') return m.attachPaused(c.Id);
      return { next: c, effects: [] };
    case 'top':
      if (!statusFlags(status).Running) return m.containerNotRunning(c.Id);
      if (status === 'restarting') return m.containerIsRestarting(c.Id);
      return { next: c, effects: [] };
    case 'update':
      if (status === 'removing' || status === 'dead') return m.cannotUpdateRemoving(c.Id);
      return { next: c, effects: [] };
    case 'commit':
      if (status === 'dead') return m.commitDead(c.Id);
      if (status === 'removing') return m.commitRemoving(c.Id);
      return { next: c, effects: [] };
  }
}
