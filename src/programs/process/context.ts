/**
 * @module
 * The {@link ProcessContext} a program receives: one per program image, over its process and the
 * process table. Every door (stdio, fs, net, clock, signals) is guarded by the image, so when the
 * process exits, is killed or `execve`s, the program's pending awaits reject and it unwinds.
 */
import type { Random } from '../../core/random.js';
import type {
  ChildProcess,
  ExecOptions,
  ExecveOptions,
  KernelInfo,
  ProcessClock,
  ProcessContext,
  ProcessFs,
  ProcessInfo,
  ProcessInput,
  ProcessNet,
  ProcessOutput,
  ProcessSignals,
  ProcessUser,
  Program,
  SignalName,
} from '../types.js';
import { guardClock, guardFs, guardInput, guardOutput, unguarded } from './guards.js';
import { guardNet } from './net-guard.js';
import type { Image, Process, ProcessHost } from './process.js';
import { resolveExecutable, type ResolvedExecutable } from './resolve.js';

/** Starts `resolved` as the new program of `proc` (its first, or a replacement by `execve`). */
export function runImage(host: ProcessHost, proc: Process, resolved: ResolvedExecutable, env: { readonly [name: string]: string }, cwd: string): void {
  const image = proc.beginImage(resolved.argv);
  const ctx = new Context(host, proc, image, resolved.argv, { ...env }, cwd);
  proc.run(image, resolved.name, () => resolved.program(ctx));
}

/** A program's view of its process. */
class Context implements ProcessContext {
  readonly argv: readonly string[];
  readonly env: { [name: string]: string };
  cwd: string;
  readonly stdin: ProcessInput;
  readonly stdout: ProcessOutput;
  readonly stderr: ProcessOutput;
  readonly fs: ProcessFs;
  readonly net: ProcessNet;
  readonly clock: ProcessClock;
  readonly signals: ProcessSignals;
  readonly #host: ProcessHost;
  readonly #proc: Process;
  readonly #image: Image;

  constructor(host: ProcessHost, proc: Process, image: Image, argv: readonly string[], env: { [name: string]: string }, cwd: string) {
    this.#host = host;
    this.#proc = proc;
    this.#image = image;
    this.argv = argv;
    this.env = env;
    this.cwd = cwd;
    this.stdin = guardInput(image, proc.stdio.stdin);
    this.stdout = guardOutput(proc, image, proc.stdio.stdout);
    this.stderr = guardOutput(proc, image, proc.stdio.stderr);
    this.fs = guardFs(proc, image, host.fs);
    this.net = guardNet(image, host.net);
    this.clock = guardClock(proc, image, host.clock);
    this.signals = signalsOf(proc, image);
  }

  get pid(): number {
    return this.#proc.pid;
  }
  get ppid(): number {
    return this.#proc.ppid;
  }
  get user(): ProcessUser {
    return this.#proc.user;
  }
  get hostname(): string {
    return this.#host.hostname;
  }
  get kernel(): KernelInfo {
    return this.#host.kernel;
  }
  get random(): Random {
    return this.#proc.random;
  }

  exec(argv: readonly string[], options: ExecOptions = {}): ChildProcess {
    this.#image.check();
    const env = options.env ?? this.env;
    const cwd = options.cwd ?? this.cwd;
    const user = options.user ?? this.#proc.user;
    const resolved = resolveExecutable(this.#host.fs, this.#host.programs, argv, { path: env['PATH'], cwd, user, search: 'shell' });
    return this.#start(resolved, options);
  }

  /** A child process of this one running `resolved`. */
  #start(resolved: ResolvedExecutable, options: ExecOptions): ChildProcess {
    const env = { ...(options.env ?? this.env) };
    const cwd = options.cwd ?? this.cwd;
    const user = options.user ?? this.#proc.user;
    const stdio = {
      stdin: unguarded(options.stdin ?? this.stdin),
      stdout: unguarded(options.stdout ?? this.stdout),
      stderr: unguarded(options.stderr ?? this.stderr),
    };
    const child = this.#host.create({ ppid: this.#proc.pid, user, stdio });
    // Ignored signals stay ignored across fork and exec (how nohup works).
    for (const signal of this.#proc.ignored) child.ignored.add(signal);
    runImage(this.#host, child, resolved, env, cwd);
    const image = this.#image;
    const host = this.#host;
    return {
      pid: child.pid,
      get exited() {
        return image.guard(child.exited);
      },
      kill: (signal: SignalName = 'SIGTERM') => void host.send(child.pid, signal, false),
    };
  }

  fork(main: Program, options: ExecOptions = {}): ChildProcess {
    this.#image.check();
    const argv = this.argv;
    const name = argv[0]?.slice(argv[0].lastIndexOf('/') + 1) ?? 'sh';
    return this.#start({ name, program: main, file: '', argv }, options);
  }

  execve(argv: readonly string[], options: ExecveOptions = {}): never {
    this.#image.check();
    const env = options.env ?? this.env;
    const cwd = options.cwd ?? this.cwd;
    const resolved = resolveExecutable(this.#host.fs, this.#host.programs, argv, { path: options.searchPath ?? env['PATH'], cwd, user: this.#proc.user, search: 'shell' });
    const stdio = this.#proc.stdio;
    this.#proc.stdio = {
      stdin: options.stdin ? unguarded(options.stdin) : stdio.stdin,
      stdout: options.stdout ? unguarded(options.stdout) : stdio.stdout,
      stderr: options.stderr ? unguarded(options.stderr) : stdio.stderr,
    };
    runImage(this.#host, this.#proc, resolved, env, cwd);
    throw this.#image.gone;
  }

  processes(): ProcessInfo[] {
    return this.#host.list(this.#proc.pid);
  }

  kill(pid: number, signal: SignalName): boolean {
    this.#image.check();
    return this.#host.send(pid, signal, false);
  }

  setMemoryUsage(bytes: number): void {
    this.#image.check();
    this.#host.memoryUsage?.(this.#proc.pid, bytes);
  }

  exit(code: number): never {
    this.#image.check();
    this.#proc.exit(code);
    throw this.#image.gone;
  }
}

/** Signal dispositions as one program installs them. */
function signalsOf(proc: Process, image: Image): ProcessSignals {
  const add = (signal: SignalName, handler: (signal: SignalName) => void): (() => void) => {
    if (signal === 'SIGKILL' || signal === 'SIGSTOP') throw new RangeError(`${signal} cannot be caught`);
    proc.ignored.delete(signal);
    let set = image.handlers.get(signal);
    if (!set) image.handlers.set(signal, (set = new Set()));
    set.add(handler);
    return () => void set.delete(handler);
  };
  return {
    on: (signal, handler) => {
      image.check();
      return add(signal, handler);
    },
    ignore: (signal) => {
      if (signal === 'SIGKILL' || signal === 'SIGSTOP') return;
      image.handlers.delete(signal);
      proc.ignored.add(signal);
    },
    reset: (signal) => {
      image.handlers.delete(signal);
      proc.ignored.delete(signal);
    },
    next: (...signals) => {
      image.check();
      const removers: (() => void)[] = [];
      const arrived = new Promise<SignalName>((resolve) => {
        for (const signal of signals)
          removers.push(
            add(signal, (s) => {
              for (const remove of removers) remove();
              resolve(s);
            }),
          );
      });
      return image.guard(arrived);
    },
  };
}
