/**
 * @module
 * A container's process as the runtime sees it: a {@link Program} running over a
 * {@link ProcessContext} with real signal semantics (PID 1 ignores every default action but
 * SIGKILL; a process killed by signal N exits 128+N), freezing (`docker pause`: the process's
 * waits on the clock and on input resume only after thaw), `exit(code)`, and simulated memory use
 * checked against the cgroup limit (exceeding it is an OOM kill: 137). The shell layer's process
 * table is the general mechanism; this is the small part the container runtime drives directly.
 */
import type { Clock } from '../../core/clock.js';
import { Random } from '../../core/random.js';
import {
  ExecError,
  SIGNALS,
  type ChildProcess,
  type ProcessContext,
  type ProcessFs,
  type ProcessInput,
  type ProcessNet,
  type ProcessOutput,
  type ProcessUser,
  type Program,
  type SignalName,
} from '../../programs/types.js';

/** How a process ended. */
export interface ProcessExit {
  readonly exitCode: number;
  /** The cgroup's memory limit was exceeded. */
  readonly oomKilled: boolean;
}

/** What it takes to start a process. */
export interface ProcessSpec {
  readonly program: Program;
  readonly argv: readonly string[];
  readonly env: { readonly [name: string]: string };
  readonly cwd: string;
  readonly user: ProcessUser;
  readonly hostname: string;
  readonly pid: number;
  /** PID 1 of its container: shielded from default signal actions. */
  readonly init: boolean;
  readonly stdin: ProcessInput;
  readonly stdout: ProcessOutput;
  readonly stderr: ProcessOutput;
  readonly fs: ProcessFs;
  readonly net: ProcessNet;
  readonly clock: Clock;
  readonly seed: number;
  /** Memory limit in bytes (0: none). */
  readonly memoryLimit: number;
  /** Starts another program in the same container (`exec` from inside). */
  readonly spawnChild?: (argv: readonly string[], options: Parameters<ProcessContext['exec']>[1]) => ChildProcess;
}

/** Signals whose default action is to do nothing. */
const IGNORED_BY_DEFAULT = new Set<SignalName>(['SIGCHLD', 'SIGURG', 'SIGWINCH', 'SIGCONT']);

class Exit {
  constructor(readonly code: number) {}
}

const NEVER = new Promise<never>(() => {});

/** A running program. */
export class SimProcess {
  readonly pid: number;
  readonly argv: readonly string[];
  readonly startedAt: number;
  /** Resolves once, when the process ends. */
  readonly exited: Promise<ProcessExit>;
  #resolve!: (exit: ProcessExit) => void;
  #done = false;
  #frozen: { promise: Promise<void>; release: () => void } | undefined;
  readonly #handlers = new Map<SignalName, Set<(s: SignalName) => void>>();
  readonly #ignored = new Set<SignalName>();
  readonly #spec: ProcessSpec;

  constructor(spec: ProcessSpec) {
    this.#spec = spec;
    this.pid = spec.pid;
    this.argv = spec.argv;
    this.startedAt = spec.clock.now();
    this.exited = new Promise((resolve) => (this.#resolve = resolve));
    void this.#run();
  }

  /** True once the process has ended. */
  get done(): boolean {
    return this.#done;
  }

  async #run(): Promise<void> {
    await Promise.resolve(); // start after the caller has committed the start
    let code: number;
    try {
      code = await this.#spec.program(this.#context());
    } catch (error) {
      if (error instanceof Exit) code = error.code;
      else {
        this.#spec.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        code = 1;
      }
    }
    this.#finish(code & 0xff, false);
  }

  #finish(exitCode: number, oomKilled: boolean): void {
    if (this.#done) return;
    this.#done = true;
    this.#frozen?.release();
    this.#resolve({ exitCode, oomKilled });
  }

  /** Delivers a signal with the kernel's semantics. */
  signal(signal: SignalName): void {
    if (this.#done) return;
    if (signal === 'SIGKILL') return this.#finish(128 + SIGNALS.SIGKILL, false);
    if (signal === 'SIGSTOP') return this.freeze();
    if (signal === 'SIGCONT') this.thaw();
    const handlers = this.#handlers.get(signal);
    if (handlers && handlers.size > 0) {
      for (const handler of [...handlers]) {
        try {
          handler(signal);
        } catch (error) {
          if (!(error instanceof Exit)) this.#spec.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        }
      }
      return;
    }
    if (this.#ignored.has(signal) || IGNORED_BY_DEFAULT.has(signal) || this.#spec.init) return;
    this.#finish(128 + SIGNALS[signal], false);
  }

  /** The cgroup freezer (`docker pause`). */
  freeze(): void {
    if (this.#frozen || this.#done) return;
    let release!: () => void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    this.#frozen = { promise, release: () => { this.#frozen = undefined; release(); } };
  }

  /** Thaws a frozen process. */
  thaw(): void {
    this.#frozen?.release();
  }

  /** Waits while frozen; never resolves once the process is dead (a killed program stops). */
  async #gate<T>(value: T): Promise<T> {
    while (this.#frozen) await this.#frozen.promise;
    if (this.#done) return NEVER;
    return value;
  }

  #output(out: ProcessOutput): ProcessOutput {
    return { isTTY: out.isTTY, write: (data) => { if (!this.#done) out.write(data); } };
  }

  #input(input: ProcessInput): ProcessInput {
    return {
      read: async () => this.#gate(await input.read()),
      readLine: async () => this.#gate(await input.readLine()),
      readAll: async () => this.#gate(await input.readAll()),
    };
  }

  #context(): ProcessContext {
    const spec = this.#spec;
    const clock = spec.clock;
    const self = this;
    return {
      argv: spec.argv,
      env: { ...spec.env },
      cwd: spec.cwd,
      pid: spec.pid,
      ppid: 0,
      user: spec.user,
      hostname: spec.hostname,
      stdin: this.#input(spec.stdin),
      stdout: this.#output(spec.stdout),
      stderr: this.#output(spec.stderr),
      fs: spec.fs,
      net: spec.net,
      random: new Random(spec.seed),
      signals: {
        on: (signal, handler) => {
          const set = self.#handlers.get(signal) ?? new Set();
          set.add(handler);
          self.#handlers.set(signal, set);
          return () => set.delete(handler);
        },
        ignore: (signal) => {
          if (signal !== 'SIGKILL' && signal !== 'SIGSTOP') self.#ignored.add(signal);
        },
        next: (...signals) =>
          new Promise((resolve) => {
            const offs = signals.map((s) => {
              const set = self.#handlers.get(s) ?? new Set();
              const handler = (got: SignalName) => {
                offs.forEach((off) => off());
                resolve(got);
              };
              set.add(handler);
              self.#handlers.set(s, set);
              return () => set.delete(handler);
            });
          }),
      },
      clock: {
        now: () => clock.now(),
        sleep: async (ms) => {
          await clock.sleep(ms);
          await self.#gate(undefined);
        },
        timer: (ms, callback) => {
          const timer = clock.setTimer(ms, () => void self.#gate(undefined).then(() => callback()));
          return () => timer.cancel();
        },
      },
      exec: (argv, options) => {
        if (!spec.spawnChild) throw new ExecError('ENOENT', argv[0] ?? '', `${argv[0] ?? ''}: not found`);
        return spec.spawnChild(argv, options);
      },
      processes: () => [{ pid: spec.pid, ppid: 0, user: spec.user, argv: spec.argv, startedAt: self.startedAt }],
      kill: (pid, signal) => {
        if (pid !== spec.pid) return false;
        self.signal(signal);
        return true;
      },
      exit: (code) => {
        self.#finish(code & 0xff, false);
        throw new Exit(code);
      },
      setMemoryUsage: (bytes: number) => {
        if (spec.memoryLimit > 0 && bytes > spec.memoryLimit) self.#finish(128 + SIGNALS.SIGKILL, true);
      },
    };
  }
}
