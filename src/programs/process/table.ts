/**
 * @module
 * A container's process table — its PID namespace. The container runtime creates one per start,
 * spawns the container's command as PID 1 (and `docker exec` commands beside it), signals from
 * outside (`docker stop`, `docker kill`), freezes it for `docker pause`, and reads it for
 * `docker top`. When PID 1 exits every other process of the namespace is killed, as Linux does.
 */
import { Random } from '../../core/random.js';
import type { ProgramRegistry } from '../registry.js';
import type { ChildProcess, KernelInfo, ProcessFs, ProcessInfo, ProcessInput, ProcessNet, ProcessOutput, ProcessUser, SignalName } from '../types.js';
import { runImage } from './context.js';
import { Process, type ProcessHost, type Stdio, type TimerClock } from './process.js';
import { resolveExecutable } from './resolve.js';
import { emptyInput, nullOutput } from './streams.js';

/** The host kernel dockersim simulates unless told otherwise (as the daemon reports it). */
export const DEFAULT_KERNEL: KernelInfo = {
  release: '6.8.0-dockersim',
  version: '#1 SMP PREEMPT_DYNAMIC Wed Jan  1 00:00:00 UTC 2025',
  machine: 'x86_64',
  cpus: 2,
  memoryBytes: 8 * 1024 ** 3,
};

/** What a process table needs from its container (the runtime supplies the real ones). */
export interface ProcessTableOptions {
  /** The container's filesystem (image layers, writable layer, mounts). */
  readonly fs: ProcessFs;
  /** The container's network stack. */
  readonly net: ProcessNet;
  /** The world's clock. */
  readonly clock: TimerClock;
  /** Seeds each process's random source, in spawn order. */
  readonly random: Random;
  /** Program names → implementations (`world.programs`). */
  readonly programs: ProgramRegistry;
  /** The container's hostname. */
  readonly hostname: string;
  /** The host kernel; default {@link DEFAULT_KERNEL}. */
  readonly kernel?: KernelInfo;
  /** Told when a process declares its memory use (`setMemoryUsage`): the runtime's cgroup accounting. */
  readonly onMemoryUsage?: (pid: number, bytes: number) => void;
}

/** How the runtime starts a process (the container's command or a `docker exec`). */
export interface SpawnOptions {
  /** The whole environment (the runtime merges image, `-e` and defaults like PATH and HOME). */
  readonly env?: { readonly [name: string]: string };
  /** Working directory; default `/`. */
  readonly cwd?: string;
  /** Default root. */
  readonly user?: ProcessUser;
  /** Default: end of input (a detached container without `-i`). */
  readonly stdin?: ProcessInput;
  /** Default: discarded. */
  readonly stdout?: ProcessOutput;
  /** Default: discarded. */
  readonly stderr?: ProcessOutput;
}

const ROOT: ProcessUser = { uid: 0, gid: 0, name: 'root' };

/** One PID namespace: the processes of a running container. */
export class ProcessTable {
  readonly #procs = new Map<number, Process>();
  readonly #host: ProcessHost;
  readonly #options: ProcessTableOptions;
  #nextPid = 1;
  #frozen = false;
  #ended = false;

  constructor(options: ProcessTableOptions) {
    this.#options = options;
    const table = this;
    this.#host = {
      fs: options.fs,
      net: options.net,
      clock: options.clock,
      programs: options.programs,
      hostname: options.hostname,
      kernel: options.kernel ?? DEFAULT_KERNEL,
      get frozen() {
        return table.#frozen;
      },
      create: (init) => this.#create(init.ppid, init.user, init.stdio),
      reap: (proc) => this.#reap(proc),
      send: (pid, signal, fromOutside) => this.#send(pid, signal, fromOutside),
      list: (viewer) => this.list(viewer),
      memoryUsage: (pid, bytes) => options.onMemoryUsage?.(pid, bytes),
    };
  }

  /** True once PID 1 has exited (the namespace is gone). */
  get ended(): boolean {
    return this.#ended;
  }

  /** True while frozen (`docker pause`). */
  get frozen(): boolean {
    return this.#frozen;
  }

  /**
   * Starts `argv` as runc does: PATH lookup in the container (Go `LookPath` rules), then the
   * program its executable file names. The first process becomes PID 1. Throws {@link ExecError}
   * when it cannot start (the runtime maps it to exit 127/126 and Docker's message).
   */
  spawn(argv: readonly string[], options: SpawnOptions = {}): ChildProcess {
    if (this.#ended) throw new Error('the process table has ended: PID 1 exited');
    const env = { ...(options.env ?? {}) };
    const cwd = options.cwd ?? '/';
    const user = options.user ?? ROOT;
    const resolved = resolveExecutable(this.#options.fs, this.#options.programs, argv, { path: env['PATH'], cwd, user, search: 'runtime' });
    const stdio: Stdio = { stdin: options.stdin ?? emptyInput(), stdout: options.stdout ?? nullOutput, stderr: options.stderr ?? nullOutput };
    const proc = this.#create(0, user, stdio);
    runImage(this.#host, proc, resolved, env, cwd);
    return { pid: proc.pid, exited: proc.exited, kill: (signal = 'SIGTERM') => void this.signal(proc.pid, signal) };
  }

  /** Sends `signal` from outside the container (`docker kill -s`); false when no such pid. */
  signal(pid: number, signal: SignalName): boolean {
    return this.#send(pid, signal, true);
  }

  /** The process table, by pid (`docker top`, `ps`); `viewer` is shown as running. */
  list(viewer?: number): ProcessInfo[] {
    return [...this.#procs.values()]
      .sort((a, b) => a.pid - b.pid)
      .map((p) => Object.freeze({ pid: p.pid, ppid: p.ppid, user: p.user, argv: Object.freeze([...p.argv]), startedAt: p.startedAt, state: p.stopped ? 'T' : p.pid === viewer ? 'R' : 'S' }));
  }

  /** Freezes every process (`docker pause`): nothing they wait for is delivered until {@link thaw}. */
  freeze(): void {
    this.#frozen = true;
  }

  /** Thaws a frozen table (`docker unpause`); held wake-ups are delivered in order. */
  thaw(): void {
    if (!this.#frozen) return;
    this.#frozen = false;
    for (const proc of [...this.#procs.values()]) proc.resume();
  }

  #create(ppid: number, user: ProcessUser, stdio: Stdio): Process {
    const pid = this.#nextPid++;
    const proc = new Process(this.#host, { pid, ppid, user, stdio, random: new Random(this.#options.random.uint32()) });
    this.#procs.set(pid, proc);
    return proc;
  }

  #send(pid: number, signal: SignalName, fromOutside: boolean): boolean {
    const proc = this.#procs.get(pid);
    if (!proc) return false;
    proc.signal(signal, fromOutside);
    return true;
  }

  #reap(dead: Process): void {
    this.#procs.delete(dead.pid);
    const init = this.#procs.get(1);
    for (const proc of this.#procs.values()) if (proc.ppid === dead.pid) proc.ppid = init ? 1 : 0;
    if (dead.pid === 1) {
      this.#ended = true;
      for (const proc of [...this.#procs.values()]) proc.terminate('SIGKILL');
      return;
    }
    this.#procs.get(dead.ppid)?.signal('SIGCHLD', false);
  }
}
