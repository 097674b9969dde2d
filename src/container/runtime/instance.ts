/**
 * @module
 * A started container as the runtime holds it: its PID namespace (the programs layer's
 * {@link ProcessTable}, with the command as PID 1), the host pids `docker top` and `inspect` show,
 * the cgroup's memory accounting (a process that declares more than `--memory` is OOM-killed), and
 * the main process's stdio wired to the log and to attached clients.
 */
import type { Random } from '../../core/random.js';
import type { ProgramRegistry } from '../../programs/registry.js';
import { ProcessTable } from '../../programs/process/table.js';
import type { ChildProcess, KernelInfo, ProcessFs, ProcessInput, ProcessNet, ProcessOutput, ProcessUser, SignalName } from '../../programs/types.js';
import type { TimerClock } from '../../programs/process/process.js';

/** What an instance is started with. */
export interface InstanceSpec {
  readonly argv: readonly string[];
  readonly env: { readonly [name: string]: string };
  readonly cwd: string;
  readonly user: ProcessUser;
  readonly hostname: string;
  readonly stdin: ProcessInput;
  readonly stdout: ProcessOutput;
  readonly stderr: ProcessOutput;
  readonly fs: ProcessFs;
  readonly net: ProcessNet;
  readonly clock: TimerClock;
  readonly random: Random;
  readonly programs: ProgramRegistry;
  readonly kernel: KernelInfo;
  /** The cgroup's memory limit in bytes (0: none). */
  readonly memoryLimit: number;
  /** PID 1's pid on the host (`State.Pid`). */
  readonly hostPid: number;
  /** Allocates host pids for the other processes. */
  readonly nextHostPid: () => number;
}

/** A running container's processes. */
export class ContainerInstance {
  readonly table: ProcessTable;
  /** PID 1. */
  readonly main: ChildProcess;
  /** Virtual time PID 1 started (for `docker top`'s STIME and stats). */
  readonly startedAt: number;
  readonly #hostPids = new Map<number, number>();
  readonly #memory = new Map<number, number>();
  readonly #spec: InstanceSpec;
  #oomKilled = false;
  #memoryLimit: number;

  /** Starts PID 1; throws the programs layer's `ExecError` when it cannot start. */
  constructor(spec: InstanceSpec) {
    this.#spec = spec;
    this.#memoryLimit = spec.memoryLimit;
    this.startedAt = spec.clock.now();
    this.table = new ProcessTable({
      fs: spec.fs,
      net: spec.net,
      clock: spec.clock,
      random: spec.random,
      programs: spec.programs,
      hostname: spec.hostname,
      kernel: spec.kernel,
      onMemoryUsage: (pid, bytes) => this.#account(pid, bytes),
    });
    this.#hostPids.set(1, spec.hostPid);
    this.main = this.table.spawn(spec.argv, { env: spec.env, cwd: spec.cwd, user: spec.user, stdin: spec.stdin, stdout: spec.stdout, stderr: spec.stderr });
  }

  /** True when the cgroup's OOM killer ended a process of this container. */
  get oomKilled(): boolean {
    return this.#oomKilled;
  }

  /** True once PID 1 has exited. */
  get ended(): boolean {
    return this.table.ended;
  }

  /** The host pid of namespace pid `pid` (allocated on first sight, so deterministic). */
  hostPid(pid: number): number {
    let host = this.#hostPids.get(pid);
    if (host === undefined) this.#hostPids.set(pid, (host = this.#spec.nextHostPid()));
    return host;
  }

  /** Sends `signal` to PID 1 from outside (`docker kill`, `docker stop`). */
  signal(signal: SignalName): void {
    this.table.signal(1, signal);
  }

  /** The cgroup's current memory use: what the processes declared (`setMemoryUsage`). */
  memoryUsage(): number {
    let total = 0;
    for (const [pid, bytes] of this.#memory) if (this.table.list().some((p) => p.pid === pid)) total += bytes;
    return total;
  }

  /** `docker update --memory`. */
  setMemoryLimit(bytes: number): void {
    this.#memoryLimit = bytes;
  }

  #account(pid: number, bytes: number): void {
    this.#memory.set(pid, Math.max(0, bytes));
    if (this.#memoryLimit <= 0 || this.memoryUsage() <= this.#memoryLimit) return;
    // The kernel's OOM killer picks the biggest process; PID 1 dying ends the container.
    let victim = pid;
    for (const [p, b] of this.#memory) if (b > (this.#memory.get(victim) ?? 0)) victim = p;
    this.#oomKilled = true;
    this.#memory.delete(victim);
    this.table.signal(victim, 'SIGKILL');
  }
}
