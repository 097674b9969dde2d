/**
 * @module
 * The contract's processes: the context a program runs with, how it starts children and replaces
 * itself, how it fails to start, and what a program is.
 */
import type { Random } from '../../core/random.js';
import type { ProcessFs } from './fs.js';
import type { ProcessNet } from './net.js';
import type { ProcessSignals, SignalName } from './signals.js';
import type { ProcessInput, ProcessOutput } from './streams.js';

/** A user as the kernel sees it. */
export interface ProcessUser {
  readonly uid: number;
  readonly gid: number;
  /** The name from /etc/passwd, when it has one. */
  readonly name?: string;
}

/** How to start a child process (`fork` + `exec`). */
export interface ExecOptions {
  readonly env?: { readonly [name: string]: string };
  readonly cwd?: string;
  readonly stdin?: ProcessInput;
  readonly stdout?: ProcessOutput;
  readonly stderr?: ProcessOutput;
  readonly user?: ProcessUser;
}

/** How `execve` replaces a process's program: a new environment, directory or stdio (a shell's redirections). */
export interface ExecveOptions {
  readonly env?: { readonly [name: string]: string };
  /** The PATH to search instead of the new environment's (`env -i cmd` still finds `cmd`). */
  readonly searchPath?: string;
  readonly cwd?: string;
  readonly stdin?: ProcessInput;
  readonly stdout?: ProcessOutput;
  readonly stderr?: ProcessOutput;
}

/** A started child process. */
export interface ChildProcess {
  readonly pid: number;
  /** Resolves with the exit code (128+N when killed by signal N). */
  readonly exited: Promise<number>;
  kill(signal?: SignalName): void;
}

/** One row of the container's process table (`ps`, `docker top`). */
export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly user: ProcessUser;
  readonly argv: readonly string[];
  /** Virtual epoch ms. */
  readonly startedAt: number;
  /** `R` running, `S` sleeping (waiting on something), `T` stopped (SIGSTOP or a paused container). */
  readonly state?: 'R' | 'S' | 'T';
}

/** The kernel and machine a container shares with its host (`uname`, `nproc`). */
export interface KernelInfo {
  /** `uname -r`. */
  readonly release: string;
  /** `uname -v`. */
  readonly version: string;
  /** `uname -m`. */
  readonly machine: string;
  /** Online CPUs (`nproc`). */
  readonly cpus: number;
  /** Physical memory in bytes (`free`). */
  readonly memoryBytes: number;
}

/** The virtual clock, as a process sees it. */
export interface ProcessClock {
  /** Virtual epoch milliseconds. */
  now(): number;
  /** Resolves after `ms` of virtual time. */
  sleep(ms: number): Promise<void>;
  /** Runs `callback` after `ms` of virtual time; returns the cancel function. */
  timer(ms: number, callback: () => void): () => void;
}

/** Everything a running program may use. */
export interface ProcessContext {
  /** argv[0] is the name the program was invoked by. */
  readonly argv: readonly string[];
  /** The process's environment (its own copy). */
  readonly env: { [name: string]: string };
  /** Working directory (absolute). */
  cwd: string;
  readonly pid: number;
  readonly ppid: number;
  readonly user: ProcessUser;
  /** The container's hostname. */
  readonly hostname: string;
  /** The host kernel the container runs on. */
  readonly kernel: KernelInfo;
  readonly stdin: ProcessInput;
  readonly stdout: ProcessOutput;
  readonly stderr: ProcessOutput;
  readonly fs: ProcessFs;
  readonly net: ProcessNet;
  readonly signals: ProcessSignals;
  readonly clock: ProcessClock;
  /** This process's seeded random source. */
  readonly random: Random;
  /**
   * Starts a program as a child: `argv[0]` is looked up in `PATH` (or is a path), its executable
   * file names the program to run. Throws {@link ExecError} when it cannot start.
   */
  exec(argv: readonly string[], options?: ExecOptions): ChildProcess;
  /**
   * Starts a copy of this process that runs `main` instead of a program file — what a shell does
   * for a background job or a subshell: a child with its own pid, showing this process's argv in
   * the process table, with this process's stdio unless `options` say otherwise.
   */
  fork(main: Program, options?: ExecOptions): ChildProcess;
  /** The container's process table. */
  processes(): ProcessInfo[];
  /** Sends a signal to a process of the same container; false when there is no such pid. */
  kill(pid: number, signal: SignalName): boolean;
  /** Ends this process now with `code` (never returns). */
  exit(code: number): never;
  /**
   * Replaces this process's program, keeping its pid, stdio and ignored signals (`exec` in a shell,
   * `exec "$@"` at the end of an entrypoint script, `env` running its command). Throws
   * {@link ExecError} when the program cannot start; otherwise never returns.
   */
  execve(argv: readonly string[], options?: ExecveOptions): never;
  /**
   * Declares the process's simulated memory use in bytes (resident set). Above the container's
   * memory limit (`--memory`) the kernel OOM-kills it: exit 137, `State.OOMKilled`, an `oom` event.
   */
  setMemoryUsage?(bytes: number): void;
}

/** Why a program could not start (maps to Docker's 126/127 and the shell's messages). */
export type ExecErrorCode = 'ENOENT' | 'EACCES' | 'ENOEXEC' | 'EISDIR' | 'ENOTFOUND_IN_PATH';

/** A failed `exec`. */
export class ExecError extends Error {
  readonly code: ExecErrorCode;
  readonly file: string;
  /** For a script whose `#!` interpreter is missing or not executable: that interpreter. */
  readonly interpreter: string | undefined;

  constructor(code: ExecErrorCode, file: string, message: string, interpreter?: string) {
    super(message);
    this.name = 'ExecError';
    this.code = code;
    this.file = file;
    this.interpreter = interpreter;
  }
}

/** A program: runs in a process and resolves with its exit code. */
export type Program = (ctx: ProcessContext) => Promise<number>;

/**
 * How an executable file names its program: its content starts with this marker followed by the
 * program's name (`#!dockersim nginx\n`). Files starting with `#!<interpreter>` run through the
 * interpreter, like the kernel's binfmt_script.
 */
export const PROGRAM_MARKER = '#!dockersim ';
