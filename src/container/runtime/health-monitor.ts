/**
 * @module
 * The health monitor (moby `daemon/health.go` monitor loop): while a container with a healthcheck
 * runs, a clock timer fires a probe after each interval (the start interval while starting within
 * the start period); the probe is an exec in the container; a probe that outlives the timeout is
 * killed and counts as exit -1. Each result is committed into `State.Health` with a
 * `health_status: <status>` event when the status changes. Pause, exit and removal stop it.
 */
import { castDraft } from 'immer';
import type { Timer } from '../../core/clock.js';
import { concatBytes, fromBytes } from '../../programs/process/streams.js';
import { applyProbe, nextProbeDelay, probeArgv, probeSettings, timeoutOutput, type ProbeSettings } from '../health.js';
import { parseTimestamp } from '../../core/time.js';
import type { ContainerRecord } from '../record.js';
import type { ExecRunner } from './execs.js';
import { eventAttributes, type ContainerRuntime } from './runtime.js';

/** Runs the healthchecks of one host's containers. */
export class HealthMonitor {
  readonly #runtime: ContainerRuntime;
  readonly #execs: ExecRunner;
  readonly #timers = new Map<string, Timer>();
  /** Bumped on every start/stop, so a probe of an older run is ignored. */
  readonly #generation = new Map<string, number>();

  constructor(runtime: ContainerRuntime, execs: ExecRunner) {
    this.#runtime = runtime;
    this.#execs = execs;
    runtime.onEffect((id, effect) => {
      if (effect.type === 'health-start') this.start(id);
      else if (effect.type === 'health-stop' || effect.type === 'remove') this.stop(id);
    });
  }

  /** Starts (or restarts) the monitor of `id`. */
  start(id: string): void {
    this.stop(id);
    const record = this.#runtime.record(id);
    const settings = probeSettings(record?.Config.Healthcheck);
    if (!record || !settings) return;
    this.#schedule(id, settings, this.#generation.get(id) ?? 0);
  }

  /** Stops the monitor of `id`. */
  stop(id: string): void {
    this.#timers.get(id)?.cancel();
    this.#timers.delete(id);
    this.#generation.set(id, (this.#generation.get(id) ?? 0) + 1);
  }

  #schedule(id: string, settings: ProbeSettings, generation: number): void {
    const record = this.#runtime.record(id);
    if (!record) return;
    const now = this.#runtime.ctx.now();
    const delay = nextProbeDelay(settings, record.State.Health, startedAt(record), now);
    this.#timers.set(id, this.#runtime.ctx.clock.setTimer(delay, () => void this.#probe(id, settings, generation)));
  }

  async #probe(id: string, settings: ProbeSettings, generation: number): Promise<void> {
    this.#timers.delete(id);
    const record = this.#runtime.record(id);
    if (!record || record.State.Status !== 'running' || this.#generation.get(id) !== generation) return;
    const clock = this.#runtime.ctx.clock;
    const start = clock.now();
    let exitCode: number;
    let output: string;
    try {
      const execId = this.#execs.create(record, { Cmd: probeArgv(settings, record.Config.Shell), AttachStdout: true, AttachStderr: true });
      const session = this.#execs.start(execId);
      const chunks: Uint8Array[] = [];
      const reading = (async () => {
        for await (const chunk of session.output) chunks.push(chunk.data);
      })();
      let timedOut = false;
      const timer = clock.setTimer(settings.timeoutMs, () => {
        timedOut = true;
        const pid = this.#execs.get(execId).Pid;
        const instance = this.#runtime.instance(id);
        for (const p of instance?.table.list() ?? []) if (instance?.hostPid(p.pid) === pid) instance.table.signal(p.pid, 'SIGKILL');
      });
      const code = await session.exited;
      timer.cancel();
      await reading;
      exitCode = timedOut ? -1 : code;
      output = timedOut ? timeoutOutput(settings.timeoutMs) : fromBytes(concatBytes(chunks));
    } catch (error) {
      // The container stopped between the timer and the probe: no result (moby drops it too).
      if (this.#generation.get(id) !== generation) return;
      exitCode = -1;
      output = error instanceof Error ? error.message : String(error);
    }
    if (this.#generation.get(id) !== generation) return;
    this.#record(id, { start, end: clock.now(), exitCode, output }, settings);
    this.#schedule(id, settings, generation);
  }

  #record(id: string, outcome: { start: number; end: number; exitCode: number; output: string }, settings: ProbeSettings): void {
    const record = this.#runtime.record(id);
    const health = record?.State.Health;
    if (!record || !health) return;
    const { health: next, changed } = applyProbe(health, outcome, settings, startedAt(record));
    const updated: ContainerRecord = { ...record, State: { ...record.State, Health: next } };
    this.#runtime.ctx.commit(
      (host) => {
        host.containers = castDraft(host.containers.set(id, updated));
      },
      changed ? [{ Type: 'container', Action: `health_status: ${next.Status}`, id, attributes: eventAttributes(updated) }] : [],
    );
  }
}

function startedAt(record: ContainerRecord): number {
  return parseTimestamp(record.State.StartedAt) ?? 0;
}
