/**
 * @module
 * The container runtime of one host: it commits lifecycle transitions (one commit each, with their
 * Docker events) and executes the effects the pure {@link transition} returns — starting the main
 * process, delivering signals, the stop timeout's SIGKILL, the restart back-off, freezing, waking
 * waiters, auto-removal. Processes, timers and logs live here, beside the store; the records live
 * in the state.
 */
import { castDraft } from 'immer';
import type { Timer } from '../../core/clock.js';
import { DockerError } from '../../core/errors.js';
import type { EventSpec } from '../../core/events.js';
import { startFailed } from '../../core/messages/containers.js';
import type { HostContext } from '../../daemon/context.js';
import type { ProcessInput, SignalName } from '../../programs/types.js';
import { NONE_NETWORKING, type ContainerImages, type ContainerNetworking, type ContainerVolumes, type LifecyclePlan, type ContainerRootfs, type ProgramResolver } from '../hooks.js';
import { transition, type LifecycleAction, type LifecycleEffect, type Transition } from '../lifecycle.js';
import { displayName, type ContainerRecord } from '../record.js';
import { LogStore } from './logs.js';
import { SimProcess } from './process.js';
import { Waiters } from './waiters.js';

/** The services a runtime calls into (wired by the daemon). */
export interface RuntimeHooks {
  images: ContainerImages | undefined;
  programs: ProgramResolver | undefined;
  rootfs: ContainerRootfs | undefined;
  networking: ContainerNetworking;
  volumes?: ContainerVolumes;
}

const EMPTY_INPUT: ProcessInput = { read: async () => null, readLine: async () => null, readAll: async () => new Uint8Array() };

/** The attributes Docker puts on every container event: labels, image, name. */
export function eventAttributes(record: ContainerRecord, extra: { readonly [key: string]: string } = {}): { [key: string]: string } {
  return { ...record.Config.Labels, image: record.internal.imageRef, name: displayName(record), ...extra };
}

/** Processes, timers, logs and waiters of one host's containers. */
export class ContainerRuntime {
  readonly ctx: HostContext;
  readonly logs: LogStore;
  readonly waiters = new Waiters();
  readonly hooks: RuntimeHooks = { images: undefined, programs: undefined, rootfs: undefined, networking: NONE_NETWORKING };
  readonly #processes = new Map<string, SimProcess>();
  readonly #killTimers = new Map<string, Timer>();
  readonly #restartTimers = new Map<string, Timer>();
  /** Extra effects other modules contribute (health monitor). */
  readonly #effectHandlers: ((id: string, effect: LifecycleEffect) => void)[] = [];
  #pid = 0;

  constructor(ctx: HostContext) {
    this.ctx = ctx;
    this.logs = new LogStore(() => ctx.now());
  }

  /** The current record of `id` (undefined once removed). */
  record(id: string): ContainerRecord | undefined {
    return this.ctx.state.containers.get(id);
  }

  /** The main process of a running container. */
  mainProcess(id: string): SimProcess | undefined {
    return this.#processes.get(id);
  }

  /** Registers a handler for effects (e.g. the health monitor's `health-start`). */
  onEffect(handler: (id: string, effect: LifecycleEffect) => void): void {
    this.#effectHandlers.push(handler);
  }

  /** A fresh pid: host-wide, deterministic. */
  nextPid(): number {
    this.#pid += 1;
    return 1000 + this.#pid;
  }

  /** Applies `action` to container `id`: commit, then effects. Throws Docker's error. */
  apply(record: ContainerRecord, action: LifecycleAction, extraEvents: readonly EventSpec[] = []): Transition {
    const t = transition(record, action, this.ctx.now());
    if (t instanceof DockerError) throw t;
    let plan: LifecyclePlan | undefined;
    try {
      plan = this.lifecyclePlan(record, t, action);
    } catch (error) {
      if (!(error instanceof DockerError)) throw error;
      // moby: a start whose networking fails leaves the container as it was, with exit code 128
      // and the error; a policy restart that fails exits again.
      const failed = transition(record, action.type === 'start' ? { type: 'start-failed', exitCode: 128, error: error.message } : { type: 'exited', exitCode: 128, error: error.message }, this.ctx.now());
      if (!(failed instanceof DockerError)) this.commitTransition(record, failed);
      if (action.type === 'start') throw error;
      return failed instanceof DockerError ? t : failed;
    }
    this.commitTransition(record, t, extraEvents, plan);
    return t;
  }

  /**
   * What other layers change with a transition, in Docker's order: volumes mounted and networks
   * joined as the process starts, networks left and volumes unmounted as it ends, volume
   * references released as the container goes. Throws Docker's error when the start cannot be.
   */
  lifecyclePlan(record: ContainerRecord, t: Transition, action: LifecycleAction): LifecyclePlan | undefined {
    const { networking, volumes } = this.hooks;
    const plans: (LifecyclePlan | undefined)[] = [];
    const holds = (status: string) => status === 'running' || status === 'paused';
    if (t.effects.some((e) => e.type === 'spawn')) plans.push(volumes?.mount?.(t.next), networking.join?.(t.next));
    else if (holds(record.State.Status) && !holds(t.next.State.Status)) plans.push(networking.leave?.(t.next), volumes?.unmount?.(t.next));
    if (t.effects.some((e) => e.type === 'remove')) plans.push(volumes?.release(record, action.type === 'remove' && (action.volumes ?? false)));
    const given = plans.filter((p): p is LifecyclePlan => p !== undefined);
    if (given.length === 0) return undefined;
    return { events: given.flatMap((p) => p.events), apply: (host) => given.forEach((p) => p.apply(host)) };
  }

  commitTransition(record: ContainerRecord, t: Transition, extraEvents: readonly EventSpec[] = [], plan?: LifecyclePlan): void {
    const removing = t.effects.some((e) => e.type === 'remove');
    // Docker logs network and volume events before the container's own (connect before start, …).
    const events: EventSpec[] = [...(plan?.events ?? [])];
    for (const e of t.effects) {
      if (e.type === 'event') events.push({ Type: 'container', Action: e.action, id: record.Id, attributes: eventAttributes(t.next, e.attributes) });
    }
    events.push(...extraEvents);
    if (t.next !== record || events.length > 0 || removing || plan) {
      this.ctx.commit((host) => {
        if (removing) {
          host.containers = castDraft(host.containers.delete(record.Id));
          if (host.containerNames.get(record.Name) === record.Id) host.containerNames = castDraft(host.containerNames.delete(record.Name));
        } else if (t.next !== record) {
          host.containers = castDraft(host.containers.set(record.Id, t.next));
        }
        plan?.apply(host);
      }, events);
    }
    for (const effect of t.effects) this.#run(t.next, effect);
  }

  #run(record: ContainerRecord, effect: LifecycleEffect): void {
    const id = record.Id;
    switch (effect.type) {
      case 'spawn':
        this.#spawn(record);
        break;
      case 'signal':
        this.#processes.get(id)?.signal(effect.signal);
        break;
      case 'kill-after': {
        this.#killTimers.get(id)?.cancel();
        const proc = this.#processes.get(id);
        this.#killTimers.set(id, this.ctx.clock.setTimer(effect.ms, () => this.#forceKill(id, proc)));
        break;
      }
      case 'cancel-kill':
        this.#killTimers.get(id)?.cancel();
        this.#killTimers.delete(id);
        break;
      case 'freeze':
        this.#processes.get(id)?.freeze();
        break;
      case 'thaw':
        this.#processes.get(id)?.thaw();
        break;
      case 'restart-after':
        this.#restartTimers.set(id, this.ctx.clock.setTimer(effect.ms, () => this.#restartDue(id)));
        break;
      case 'cancel-restart':
        this.#restartTimers.get(id)?.cancel();
        this.#restartTimers.delete(id);
        break;
      case 'notify-exit':
        this.waiters.exited(id, effect.exitCode);
        break;
      case 'auto-remove':
        this.#autoRemove(id);
        break;
      case 'remove':
        this.#cleanup(record);
        break;
      case 'event':
        break;
      default:
        for (const handler of this.#effectHandlers) handler(id, effect);
    }
  }

  /** Resolves the main program; on failure records Docker's start error and throws it. */
  prepareStart(record: ContainerRecord): void {
    const resolved = this.#resolve(record);
    if ('detail' in resolved) {
      const error = startFailed(resolved.detail);
      const t = transition(record, { type: 'start-failed', exitCode: resolved.exitCode, error: error.message }, this.ctx.now());
      if (t instanceof DockerError) throw t;
      this.commitTransition(record, t);
      throw error;
    }
  }

  #resolve(record: ContainerRecord) {
    const programs = this.hooks.programs;
    const argv = [record.Path, ...record.Args];
    if (!programs) return { exitCode: 127 as const, detail: `exec: ${JSON.stringify(record.Path)}: executable file not found in $PATH` };
    return programs.resolve(argv, envOf(record), this.hooks.rootfs?.open(record));
  }

  #spawn(record: ContainerRecord): void {
    const resolved = this.#resolve(record);
    const id = record.Id;
    if ('detail' in resolved) {
      // Unreachable after prepareStart; a restart whose program vanished exits as runc would.
      queueMicrotask(() => this.#onExit(id, undefined, resolved.exitCode, false));
      return;
    }
    const fs = this.hooks.rootfs?.open(record);
    const net = this.hooks.networking.attach(record);
    this.logs.open(id);
    const proc = new SimProcess({
      program: resolved,
      argv: [record.Path, ...record.Args],
      env: envOf(record),
      cwd: record.Config.WorkingDir || '/',
      user: userOf(record.Config.User),
      hostname: record.Config.Hostname,
      pid: record.State.Pid,
      init: true,
      stdin: EMPTY_INPUT,
      stdout: this.logs.writer(id, 'stdout', undefined, record.Config.Tty),
      stderr: this.logs.writer(id, record.Config.Tty ? 'stdout' : 'stderr', undefined, record.Config.Tty),
      fs: fs ?? missingFs(),
      net,
      clock: this.ctx.clock,
      seed: this.ctx.random.uint32(),
      memoryLimit: record.HostConfig.Memory,
    });
    this.#processes.set(id, proc);
    void proc.exited.then((exit) => this.#onExit(id, proc, exit.exitCode, exit.oomKilled));
  }

  #onExit(id: string, proc: SimProcess | undefined, exitCode: number, oomKilled: boolean): void {
    if (proc && this.#processes.get(id) !== proc) return;
    this.#processes.delete(id);
    this.logs.close(id);
    const record = this.record(id);
    if (!record) return;
    this.hooks.networking.detach(record);
    this.apply(record, { type: 'exited', exitCode, oomKilled });
  }

  #forceKill(id: string, proc: SimProcess | undefined): void {
    this.#killTimers.delete(id);
    const record = this.record(id);
    if (!record || !proc || this.#processes.get(id) !== proc || proc.done) return;
    this.apply(record, { type: 'kill', signal: 'SIGKILL' });
  }

  #restartDue(id: string): void {
    this.#restartTimers.delete(id);
    const record = this.record(id);
    if (!record || record.State.Status !== 'restarting') return;
    this.apply(record, { type: 'restart-due', pid: this.nextPid() });
  }

  #autoRemove(id: string): void {
    const record = this.record(id);
    if (!record) return;
    const action = { type: 'remove', name: record.Name.slice(1), force: false, volumes: true } as const;
    const t = transition(record, action, this.ctx.now());
    if (t instanceof DockerError) return; // e.g. restarted meanwhile
    this.commitTransition(record, t, [], this.lifecyclePlan(record, t, action));
  }

  #cleanup(record: ContainerRecord): void {
    const id = record.Id;
    this.#restartTimers.get(id)?.cancel();
    this.#restartTimers.delete(id);
    this.#killTimers.get(id)?.cancel();
    this.#killTimers.delete(id);
    this.#processes.delete(id);
    this.logs.drop(id);
    this.waiters.removed(id, record.State.ExitCode);
  }

  /** Sends `signal` to the main process and resolves when it exits (used by stop, kill, rm -f). */
  exitOf(id: string): Promise<unknown> {
    return this.waiters.add(id, false);
  }

  /** Nothing-to-do guard for signals delivered to a process that already ended. */
  isAlive(id: string): boolean {
    return this.#processes.get(id)?.done === false;
  }

  /** Delivers a signal to the main process without a lifecycle change. */
  signal(id: string, signal: SignalName): void {
    this.#processes.get(id)?.signal(signal);
  }
}

/** The main process's environment: Config.Env, with PATH and HOSTNAME as runc sets them. */
export function envOf(record: ContainerRecord): { [name: string]: string } {
  const env: { [name: string]: string } = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOSTNAME: record.Config.Hostname,
  };
  for (const entry of record.Config.Env ?? []) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  if (record.Config.Tty) env['TERM'] = env['TERM'] ?? 'xterm';
  if (!('HOME' in env)) env['HOME'] = '/root';
  return env;
}

/** `User` as uid/gid (names resolve through /etc/passwd in the fs layer; numeric here). */
export function userOf(user: string): { uid: number; gid: number; name?: string } {
  if (user === '' || user === 'root') return { uid: 0, gid: 0, name: 'root' };
  const [u = '', g] = user.split(':');
  const uid = /^\d+$/.test(u) ? Number(u) : 0;
  const gid = g !== undefined && /^\d+$/.test(g) ? Number(g) : uid;
  return /^\d+$/.test(u) ? { uid, gid } : { uid, gid, name: u };
}

function missingFs(): import('../../programs/types.js').ProcessFs {
  return new Proxy({} as import('../../programs/types.js').ProcessFs, {
    get: (_t, prop) => {
      if (prop === 'exists') return () => false;
      return () => {
        throw new Error(`the container has no filesystem layer wired (${String(prop)})`);
      };
    },
  });
}
