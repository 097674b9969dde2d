/**
 * @module
 * One process of a container: its pid, parent, user, stdio, signal dispositions and the program
 * image it runs (replaced by `execve`). It models what a program can observe of Linux process
 * semantics: signal default actions (terminate → exit 128+N, ignore, stop/continue), handlers run
 * asynchronously, PID 1's immunity to default actions, SIGKILL that cannot be caught, and a
 * stopped (or frozen, `docker pause`) process whose pending wake-ups wait until it may run.
 */
import type { Random } from '../../core/random.js';
import type { ProgramRegistry } from '../registry.js';
import type { KernelInfo, ProcessFs, ProcessInfo, ProcessInput, ProcessNet, ProcessOutput, ProcessUser, SignalName } from '../types.js';
import { isProcessGone, ProcessGone } from './gone.js';
import { DEFAULT_ACTIONS, killedStatus } from './signals.js';

/** The clock a process table needs: the time and cancellable timers (the world's `Clock`). */
export interface TimerClock {
  now(): number;
  setTimer(delayMs: number, callback: () => void): { cancel(): void };
}

/** A process's standard streams, as its owner gave them (not guarded). */
export interface Stdio {
  readonly stdin: ProcessInput;
  readonly stdout: ProcessOutput;
  readonly stderr: ProcessOutput;
}

/** What a process needs from the table it lives in. */
export interface ProcessHost {
  readonly fs: ProcessFs;
  readonly net: ProcessNet;
  readonly clock: TimerClock;
  readonly programs: ProgramRegistry;
  readonly hostname: string;
  readonly kernel: KernelInfo;
  /** True while the container is paused (cgroup freezer). */
  readonly frozen: boolean;
  /** A new process (not yet running a program) with the next pid. */
  create(init: { readonly ppid: number; readonly user: ProcessUser; readonly stdio: Stdio }): Process;
  /** Called once when `proc` has exited. */
  reap(proc: Process): void;
  /** Sends `signal` to `pid`; `fromOutside` for the runtime (`docker kill`). */
  send(pid: number, signal: SignalName, fromOutside: boolean): boolean;
  /** The table's rows, `viewer` shown as running. */
  list(viewer?: number): ProcessInfo[];
  /** A process declared its memory use (the runtime checks it against the cgroup limit). */
  memoryUsage?(pid: number, bytes: number): void;
}

type Handler = (signal: SignalName) => void;

const noop = (): void => {};

/** One program run inside a process; it ends when the process exits or `execve`s. */
export class Image {
  /** False once ended. */
  alive = true;
  /** Why it ended. */
  gone: ProcessGone | undefined;
  /** Signal handlers installed by this program (exec resets them, as POSIX says). */
  readonly handlers = new Map<SignalName, Set<Handler>>();
  readonly #pending = new Set<(error: unknown) => void>();
  readonly #cleanups = new Set<() => void>();
  readonly #proc: Process;

  constructor(proc: Process) {
    this.#proc = proc;
  }

  /** Throws the unwinding error if this image has ended. */
  check(): void {
    if (this.gone) throw this.gone;
  }

  /**
   * `promise`, delivered to this program when it may run, or rejected with {@link ProcessGone}
   * as soon as the image ends.
   */
  guard<T>(promise: Promise<T>): Promise<T> {
    let result: Promise<T>;
    if (this.gone) result = Promise.reject(this.gone);
    else {
      result = new Promise<T>((resolve, reject) => {
        this.#pending.add(reject);
        promise.then(
          (value) => this.#proc.deliver(() => (this.#pending.delete(reject), resolve(value))),
          (error: unknown) => this.#proc.deliver(() => (this.#pending.delete(reject), reject(error))),
        );
      });
    }
    result.catch(noop); // a program that never awaits it must not cause an unhandled rejection
    return result;
  }

  /** Runs `cleanup` when the image ends (closing its sockets, cancelling its timers); returns the untrack function. */
  onEnd(cleanup: () => void): () => void {
    if (this.gone) {
      cleanup();
      return noop;
    }
    this.#cleanups.add(cleanup);
    return () => this.#cleanups.delete(cleanup);
  }

  /** Ends the image: pending calls reject, resources are released. */
  end(gone: ProcessGone): void {
    if (this.gone) return;
    this.alive = false;
    this.gone = gone;
    for (const reject of [...this.#pending]) reject(gone);
    this.#pending.clear();
    for (const cleanup of [...this.#cleanups]) cleanup();
    this.#cleanups.clear();
  }
}

/** A process in a container's process table. */
export class Process {
  readonly pid: number;
  /** Parent pid (0 for processes the runtime started); orphans are adopted by PID 1. */
  ppid: number;
  readonly user: ProcessUser;
  readonly startedAt: number;
  /** Its standard streams (an `execve` with redirections replaces them). */
  stdio: Stdio;
  /** This process's seeded random source. */
  readonly random: Random;
  /** The argv of the current image. */
  argv: readonly string[] = [];
  /** Signals set to SIG_IGN (kept across exec). */
  readonly ignored = new Set<SignalName>();
  /** The exit status, once exited. */
  exitCode: number | undefined;
  /** Resolves with the exit status (128+N when killed by signal N). */
  readonly exited: Promise<number>;
  readonly #host: ProcessHost;
  #resolveExit: (code: number) => void = noop;
  #image: Image | undefined;
  #stopped = false;
  #held: (() => void)[] = [];

  constructor(host: ProcessHost, init: { readonly pid: number; readonly ppid: number; readonly user: ProcessUser; readonly stdio: Stdio; readonly random: Random }) {
    this.#host = host;
    this.pid = init.pid;
    this.ppid = init.ppid;
    this.user = init.user;
    this.stdio = init.stdio;
    this.random = init.random;
    this.startedAt = host.clock.now();
    this.exited = new Promise((resolve) => (this.#resolveExit = resolve));
  }

  /** True until the process exits. */
  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** True while stopped by SIGSTOP/SIGTSTP. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** The current image. */
  get image(): Image | undefined {
    return this.#image;
  }

  /** Starts a new image (ending the previous one, as `execve` does) and returns it. */
  beginImage(argv: readonly string[]): Image {
    this.#image?.end(new ProcessGone('exec', `process ${this.pid} replaced its program`));
    const image = new Image(this);
    this.#image = image;
    this.argv = argv;
    return image;
  }

  /** Runs `main` as the program of `image`; its result (or failure) ends the process. */
  run(image: Image, name: string, main: () => Promise<number>): void {
    Promise.resolve()
      .then(main)
      .then(
        (code) => {
          if (image.alive && this.#image === image) this.exit(typeof code === 'number' ? code : 0);
        },
        (error: unknown) => {
          if (!image.alive || isProcessGone(error)) return;
          this.crashed(name, error);
        },
      );
  }

  /** An uncaught error in a program: reported on its stderr, exit status 1 (as Node does). */
  crashed(name: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.stdio.stderr.write(`${name}: ${message}\n`);
    this.exit(1);
  }

  /** Runs `fn` now if the process may run, else when it is continued or thawed. */
  deliver(fn: () => void): void {
    if (!this.alive) return;
    if (this.#stopped || this.#host.frozen) this.#held.push(fn);
    else fn();
  }

  /** Delivers wake-ups held while stopped or frozen. */
  resume(): void {
    while (this.#held.length > 0 && this.alive && !this.#stopped && !this.#host.frozen) this.#held.shift()!();
  }

  /** A signal arrives (`fromOutside`: from the runtime, not from a process of the container). */
  signal(signal: SignalName, fromOutside: boolean): void {
    if (!this.alive) return;
    const init = this.pid === 1;
    if (signal === 'SIGKILL' || signal === 'SIGSTOP') {
      if (init && !fromOutside) return;
      if (signal === 'SIGKILL') this.terminate(signal);
      else this.#stopped = true;
      return;
    }
    if (signal === 'SIGCONT' && this.#stopped) {
      this.#stopped = false;
      this.resume();
    }
    const image = this.#image;
    const handlers = image?.handlers.get(signal);
    if (image && handlers && handlers.size > 0) {
      for (const handler of [...handlers]) queueMicrotask(() => this.deliver(() => this.#call(image, handler, signal)));
      return;
    }
    if (this.ignored.has(signal) || init) return;
    const action = DEFAULT_ACTIONS[signal];
    if (action === 'terminate' || action === 'core') this.terminate(signal);
    else if (action === 'stop') this.#stopped = true;
  }

  #call(image: Image, handler: Handler, signal: SignalName): void {
    if (!image.alive) return;
    try {
      const result: unknown = handler(signal);
      if (result instanceof Promise) result.catch((error: unknown) => image.alive && !isProcessGone(error) && this.crashed(this.argv[0] ?? 'process', error));
    } catch (error) {
      if (!isProcessGone(error)) this.crashed(this.argv[0] ?? 'process', error);
    }
  }

  /** Killed by `signal`: exit status 128+N. */
  terminate(signal: SignalName): void {
    this.#end(killedStatus(signal), new ProcessGone('killed', `process ${this.pid} was killed by ${signal}`));
  }

  /** Exits with `code` (0–255; higher values wrap as on Linux). */
  exit(code: number): void {
    this.#end(Math.trunc(code) & 0xff, new ProcessGone('exit', `process ${this.pid} exited`));
  }

  #end(code: number, gone: ProcessGone): void {
    if (!this.alive) return;
    this.exitCode = code;
    this.#held = [];
    this.#image?.end(gone);
    this.#host.reap(this);
    this.#resolveExit(code);
  }
}
