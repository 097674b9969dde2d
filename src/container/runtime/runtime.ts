/**
 * @module
 * The container runtime of one host: it commits lifecycle transitions (one commit each, with their
 * Docker events) and executes the effects the pure {@link transition} returns — starting the main
 * process in a fresh PID namespace, delivering signals, the stop timeout's SIGKILL, the restart
 * back-off, freezing, waking waiters, auto-removal. Processes, timers and attached streams live
 * here, beside the store; records, writable layers, execs and logs live in the state.
 */
import { castDraft } from 'immer';
import type { Timer } from '../../core/clock.js';
import { DockerError } from '../../core/errors.js';
import type { EventSpec } from '../../core/events.js';
import { startFailed } from '../../core/messages/containers.js';
import type { HostContext } from '../../daemon/context.js';
import { Random } from '../../core/random.js';
import { ProgramRegistry } from '../../programs/registry.js';
import { emptyInput } from '../../programs/process/streams.js';
import { ExecError, type ProcessOutput, type SignalName } from '../../programs/types.js';
import { NONE_NETWORKING, type ContainerImages, type ContainerNetworking, type ContainerVolumes, type LifecyclePlan } from '../hooks.js';
import { transition, type LifecycleAction, type LifecycleEffect, type Transition } from '../lifecycle.js';
import { displayName, type ContainerRecord } from '../record.js';
import { initArgv } from './init.js';
import { envOf, HOST_KERNEL, startFailure, type StartFailure } from './main-process.js';
import { AttachHub, onlcr } from './attach-hub.js';
import type { LogStream } from '../log-record.js';
import { ContainerInstance } from './instance.js';
import { LogStore } from './logs.js';
import { ContainerFilesystems } from './rootfs.js';
import { resolveUser, type ExecUser } from './users.js';
import { Waiters } from './waiters.js';

/** The services a runtime calls into (wired by the daemon). */
export interface RuntimeHooks {
  images: ContainerImages | undefined;
  /** The programs executable files name (`world.programs`). */
  programs: ProgramRegistry;
  networking: ContainerNetworking;
  volumes?: ContainerVolumes;
}

/** The attributes Docker puts on every container event: labels, image, name. */
export function eventAttributes(record: ContainerRecord, extra: { readonly [key: string]: string } = {}): { [key: string]: string } {
  return { ...record.Config.Labels, image: record.internal.imageRef, name: displayName(record), ...extra };
}

/** Processes, timers, streams and waiters of one host's containers. */
export class ContainerRuntime {
  readonly ctx: HostContext;
  readonly logs: LogStore;
  readonly waiters = new Waiters();
  readonly filesystems: ContainerFilesystems;
  /** Output fan-out and stdin of attached clients. */
  readonly attach = new AttachHub();
  readonly hooks: RuntimeHooks = { images: undefined, programs: new ProgramRegistry(), networking: NONE_NETWORKING };
  readonly #instances = new Map<string, ContainerInstance>();
  readonly #killTimers = new Map<string, Timer>();
  readonly #restartTimers = new Map<string, Timer>();
  /** Extra effects other modules contribute (health monitor). */
  readonly #effectHandlers: ((id: string, effect: LifecycleEffect) => void)[] = [];
  #pid = 0;

  constructor(ctx: HostContext) {
    this.ctx = ctx;
    this.logs = new LogStore(ctx);
    this.filesystems = new ContainerFilesystems(ctx, (chain) => this.hooks.images?.layerTrees?.(chain) ?? []);
  }

  /** The current record of `id` (undefined once removed). */
  record(id: string): ContainerRecord | undefined {
    return this.ctx.state.containers.get(id);
  }

  /** The processes of a running container. */
  instance(id: string): ContainerInstance | undefined {
    return this.#instances.get(id);
  }

  /** Registers a handler for effects (e.g. the health monitor's `health-start`). */
  onEffect(handler: (id: string, effect: LifecycleEffect) => void): void {
    this.#effectHandlers.push(handler);
  }

  /** A fresh host pid: host-wide, deterministic. */
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
          // The record, its name, its writable layer, its execs and its log go in one commit.
          host.containers = castDraft(host.containers.delete(record.Id));
          if (host.containerNames.get(record.Name) === record.Id) host.containerNames = castDraft(host.containerNames.delete(record.Name));
          if (host.containerLayers.has(record.Id)) host.containerLayers = castDraft(host.containerLayers.delete(record.Id));
          if (host.containerLogs.has(record.Id)) host.containerLogs = castDraft(host.containerLogs.delete(record.Id));
          let execs = host.execs;
          for (const [execId, exec] of host.execs.entries()) if (exec.ContainerID === record.Id) execs = execs.delete(execId);
          host.execs = castDraft(execs);
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
        this.#instances.get(id)?.signal(effect.signal);
        break;
      case 'kill-after': {
        this.#killTimers.get(id)?.cancel();
        const instance = this.#instances.get(id);
        this.#killTimers.set(id, this.ctx.clock.setTimer(effect.ms, () => this.#forceKill(id, instance)));
        break;
      }
      case 'cancel-kill':
        this.#killTimers.get(id)?.cancel();
        this.#killTimers.delete(id);
        break;
      case 'freeze':
        this.#instances.get(id)?.table.freeze();
        break;
      case 'thaw':
        this.#instances.get(id)?.table.thaw();
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

  /** The main process's user, or runc's error text. */
  userOf(record: ContainerRecord): ExecUser | string {
    return resolveUser(this.filesystems.open(record), record.Config.User);
  }

  /** Checks that the main program can start; on failure records Docker's start error and throws it. */
  prepareStart(record: ContainerRecord): void {
    const failure = this.#startFailure(record);
    if (failure === undefined) return;
    const error = startFailed(failure.detail);
    const t = transition(record, { type: 'start-failed', exitCode: failure.exitCode, error: error.message }, this.ctx.now());
    if (t instanceof DockerError) throw t;
    this.commitTransition(record, t);
    throw error;
  }

  /** Why the main process would not start (see {@link startFailure}). */
  #startFailure(record: ContainerRecord): StartFailure | undefined {
    // runc makes the mount targets before exec, so a program reached through a bind mount under a
    // directory the image lacks is found; the start commit then keeps those mountpoints.
    const layer = this.hooks.volumes?.mountpoints?.(record);
    const fs = layer ? this.filesystems.preview(record, layer) : this.filesystems.open(record);
    return startFailure(fs, this.hooks.programs, record, this.userOf(record));
  }

  #spawn(record: ContainerRecord): void {
    const id = record.Id;
    const user = this.userOf(record);
    const fs = this.filesystems.open(record);
    const tty = record.Config.Tty;
    const stdin = record.Config.OpenStdin ? this.attach.stdinFor(id, tty) : emptyInput();
    let instance: ContainerInstance;
    try {
      if (typeof user === 'string') throw new ExecError('ENOENT', record.Path, user);
      const net = this.hooks.networking.attach(record);
      this.logs.open(id);
      instance = new ContainerInstance({
        argv: initArgv(record),
        env: envOf(record, user),
        cwd: record.Config.WorkingDir || '/',
        user,
        hostname: record.Config.Hostname,
        stdin,
        stdout: this.#output(id, 'stdout', tty),
        stderr: this.#output(id, tty ? 'stdout' : 'stderr', tty),
        fs,
        net,
        clock: this.ctx.clock,
        random: new Random(this.ctx.random.uint32()),
        programs: this.hooks.programs,
        kernel: HOST_KERNEL,
        memoryLimit: record.HostConfig.Memory,
        hostPid: record.State.Pid,
        nextHostPid: () => this.nextPid(),
      });
    } catch (error) {
      if (!(error instanceof ExecError)) throw error;
      // A policy restart whose program vanished exits as runc would: 127.
      queueMicrotask(() => this.#onExit(id, undefined, 127, false));
      return;
    }
    this.#instances.set(id, instance);
    void instance.main.exited.then((code) => this.#onExit(id, instance, code, instance.oomKilled));
  }

  /** A stdio stream of the main process: to the log and to attached clients (a terminal adds `\r`). */
  #output(id: string, stream: LogStream, tty: boolean): ProcessOutput {
    const log = this.logs.writer(id, stream, (data) => this.attach.output(id, stream, data), tty);
    return tty ? { isTTY: true, write: (data) => log.write(onlcr(data)) } : log;
  }

  #onExit(id: string, instance: ContainerInstance | undefined, exitCode: number, oomKilled: boolean): void {
    if (instance && this.#instances.get(id) !== instance) return;
    this.#instances.delete(id);
    this.logs.close(id);
    this.attach.ended(id);
    const record = this.record(id);
    if (!record) return;
    this.hooks.networking.detach(record);
    this.apply(record, { type: 'exited', exitCode, oomKilled });
  }

  #forceKill(id: string, instance: ContainerInstance | undefined): void {
    this.#killTimers.delete(id);
    const record = this.record(id);
    if (!record || !instance || this.#instances.get(id) !== instance || instance.ended) return;
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
    this.#instances.delete(id);
    this.logs.drop(id);
    this.attach.ended(id);
    this.filesystems.forget(id);
    this.waiters.removed(id, record.State.ExitCode);
  }

  /**
   * Brings a loaded state back to life: a saved world keeps its records but not its processes
   * (they are closures), so each running container's main process starts again from its command,
   * as after a host reboot with live-restore — same record, Pid and StartedAt, the log carrying
   * on; a paused one starts frozen; a restarting one restarts at once. Returns the ids resumed.
   */
  resume(): string[] {
    const resumed: string[] = [];
    for (const record of this.ctx.state.containers.values()) {
      const state = record.State;
      if (this.#instances.has(record.Id)) continue;
      if (state.Restarting) {
        this.#restartTimers.set(record.Id, this.ctx.clock.setTimer(0, () => this.#restartDue(record.Id)));
      } else if (state.Running) {
        this.#spawn(record);
        if (state.Paused) this.#instances.get(record.Id)?.table.freeze();
      } else continue;
      resumed.push(record.Id);
    }
    return resumed;
  }

  /** Resolves when the main process exits (used by stop, kill, rm -f). */
  exitOf(id: string): Promise<unknown> {
    return this.waiters.add(id, false);
  }

  /** True while the container's main process runs. */
  isAlive(id: string): boolean {
    const instance = this.#instances.get(id);
    return instance !== undefined && !instance.ended;
  }

  /** Delivers a signal to the main process without a lifecycle change. */
  signal(id: string, signal: SignalName): void {
    this.#instances.get(id)?.signal(signal);
  }
}

// Kept importable from here, where the runtime's users first found them.
export { envOf, HOST_KERNEL } from './main-process.js';
