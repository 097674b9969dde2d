/**
 * @module
 * The program model (DESIGN.md decision 8): what a process inside a container *is* and what it may
 * touch. A {@link Program} is an async function over a {@link ProcessContext}; the container runtime
 * creates the context (filesystem view, stdio, signals, clock, network) and the program returns
 * its exit code. Everything a program does goes through its context — never real time, real I/O
 * or `Math.random` — so the simulation stays deterministic (see docs/decisions/0001).
 *
 * This file is the contract between the container runtime (which implements the context), the
 * network layer (which implements {@link ProcessNet}) and the programs (which use them).
 */
import type { Random } from '../core/random.js';

// ---------------------------------------------------------------------------------------------
// Streams

/** The readable end of a pipe, terminal or socket. */
export interface ProcessInput {
  /** The next chunk, or `null` at end of input. */
  read(): Promise<Uint8Array | null>;
  /** The next line without its `\n` (a final unterminated line counts), or `null` at end of input. */
  readLine(): Promise<string | null>;
  /** Everything until end of input. */
  readAll(): Promise<Uint8Array>;
  /** True when this is a terminal (`docker run -it`): shells prompt, tools ask interactively. */
  readonly isTTY?: boolean;
}

/** The writable end of a pipe, terminal, log or socket. Writes never block. */
export interface ProcessOutput {
  /** Writes text (UTF-8) or bytes. Writing to a closed output is ignored (EPIPE is not modelled). */
  write(data: string | Uint8Array): void;
  /** True when this is a terminal (`docker run -t`): programs format for humans. */
  readonly isTTY: boolean;
}

// ---------------------------------------------------------------------------------------------
// Filesystem

/** Errors a filesystem call can raise, as errno names. */
export type FsErrorCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'EACCES'
  | 'EPERM'
  | 'EROFS'
  | 'EINVAL'
  | 'ELOOP'
  | 'EXDEV'
  | 'EBUSY';

/** A failed filesystem call: `code` says why, `path` and `syscall` say where. */
export class FsError extends Error {
  readonly code: FsErrorCode;
  readonly path: string;
  readonly syscall: string;

  constructor(code: FsErrorCode, syscall: string, path: string) {
    super(`${code}: ${FS_ERROR_TEXT[code]}, ${syscall} '${path}'`);
    this.name = 'FsError';
    this.code = code;
    this.path = path;
    this.syscall = syscall;
  }

  /** The C library's text for the code (`No such file or directory`), as tools print it. */
  get description(): string {
    return FS_ERROR_TEXT[this.code];
  }
}

/** strerror() texts of glibc/musl for each code. */
export const FS_ERROR_TEXT: { readonly [code in FsErrorCode]: string } = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  EINVAL: 'Invalid argument',
  ELOOP: 'Too many levels of symbolic links',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Resource busy',
};

/** The kind of a filesystem entry. */
export type FileKind = 'file' | 'directory' | 'symlink';

/** What `stat`/`lstat` report. Times are virtual epoch milliseconds. */
export interface FileStat {
  readonly kind: FileKind;
  /** Permission bits (`0o755`), without the file-type bits. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly mtime: number;
  /** For symlinks (lstat): the link's target. */
  readonly target?: string;
}

/**
 * A process's view of its container's filesystem: the image layers, the writable layer and the
 * mounts (volumes, binds) resolved into one POSIX-like tree. Paths are absolute; symlinks are
 * followed except by `lstat`, `readlink`, `rm` and `rename` on the link itself. Calls are
 * synchronous (everything is in memory) and throw {@link FsError}.
 */
export interface ProcessFs {
  stat(path: string): FileStat;
  lstat(path: string): FileStat;
  exists(path: string): boolean;
  readFile(path: string): Uint8Array;
  /** Creates or replaces a file (or appends); the parent directory must exist. */
  writeFile(path: string, data: string | Uint8Array, options?: { readonly mode?: number; readonly append?: boolean }): void;
  /** Entry names of a directory, sorted. */
  readdir(path: string): string[];
  mkdir(path: string, options?: { readonly recursive?: boolean; readonly mode?: number }): void;
  /** Removes a file, a link, or (with `recursive`) a directory tree; `force` ignores a missing path. */
  rm(path: string, options?: { readonly recursive?: boolean; readonly force?: boolean }): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  /** The canonical absolute path, every symlink resolved. */
  realpath(path: string): string;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  /** Sets the modification time (virtual epoch ms); `touch`. */
  utimes(path: string, mtime: number): void;
  /**
   * Calls `listener` with the changed path whenever something under `path` changes (from this
   * container or, through a bind mount, from the host). Returns the unsubscribe function.
   */
  watch(path: string, listener: (changed: string) => void): () => void;
}

// ---------------------------------------------------------------------------------------------
// Signals

/** The signals Docker and programs use, by name. */
export const SIGNALS = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGSTKFLT: 16,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGURG: 23,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGWINCH: 28,
  SIGIO: 29,
  SIGPWR: 30,
  SIGSYS: 31,
} as const;

/** A signal name (`SIGTERM`). */
export type SignalName = keyof typeof SIGNALS;

/**
 * Signal handling. Without a handler a signal takes its default action — except in a container's
 * PID 1, which the kernel shields from every default action; only SIGKILL and SIGSTOP sent from
 * outside the container (`docker kill`, `docker stop`'s timeout) get through. So `sleep 100` as
 * PID 1 ignores `docker stop`'s SIGTERM and is killed after the timeout: exit 137. A process
 * killed by signal N exits with 128+N.
 */
export interface ProcessSignals {
  /** Handles `signal` instead of its default action; returns the function that removes the handler. */
  on(signal: SignalName, handler: (signal: SignalName) => void): () => void;
  /** Ignores `signal` (SIGKILL and SIGSTOP cannot be ignored). */
  ignore(signal: SignalName): void;
  /** Resolves with the first of `signals` to arrive (installs handlers until then). */
  next(...signals: SignalName[]): Promise<SignalName>;
  /** Restores the default action of `signal` (drops its handlers and any ignore). */
  reset(signal: SignalName): void;
}

// ---------------------------------------------------------------------------------------------
// Network

/** Network failures, as errno names. */
export type NetErrorCode = 'ENOTFOUND' | 'ECONNREFUSED' | 'ETIMEDOUT' | 'ENETUNREACH' | 'EHOSTUNREACH' | 'EADDRINUSE' | 'ECONNRESET' | 'EINVAL';

/** A failed network call. */
export class NetError extends Error {
  readonly code: NetErrorCode;

  constructor(code: NetErrorCode, message: string) {
    super(message);
    this.name = 'NetError';
    this.code = code;
  }
}

/** An address and port. */
export interface SocketAddress {
  readonly address: string;
  readonly port: number;
}

/** One TCP connection, from either end. */
export interface Socket extends ProcessInput {
  write(data: string | Uint8Array): void;
  /** Half-closes: the peer reads end of input after what was written. */
  end(): void;
  /** Closes both directions. */
  close(): void;
  readonly local: SocketAddress;
  readonly remote: SocketAddress;
}

/** A listening TCP socket. */
export interface Listener {
  /** The port actually bound (an ephemeral one when 0 was asked). */
  readonly port: number;
  /** The next incoming connection, or `null` once closed. */
  accept(): Promise<Socket | null>;
  close(): void;
}

/** A network interface of the container (one per connected network, plus loopback). */
export interface NetworkInterface {
  readonly name: string;
  readonly address: string;
  readonly prefixLength: number;
  readonly mac?: string;
  readonly network?: string;
}

/**
 * The container's network stack: the embedded DNS, the networks it is attached to, and the ports
 * it listens on. Connections reach only processes on a shared network (or published ports).
 */
export interface ProcessNet {
  /** Listens on `port` (0: an ephemeral port) at `host` (default all interfaces); EADDRINUSE if taken. */
  listen(port: number, options?: { readonly host?: string }): Listener;
  /**
   * Connects to `host:port`; `host` is a name (resolved like {@link ProcessNet.resolve}) or an IP.
   * Fails as a real process would: ENOTFOUND, ECONNREFUSED, ETIMEDOUT (internal/none networks)…
   */
  connect(host: string, port: number, options?: { readonly timeoutMs?: number }): Promise<Socket>;
  /** IPv4 addresses of a name: /etc/hosts, then the embedded DNS (user networks) or the host's resolver. */
  resolve(name: string): Promise<string[]>;
  /** The nameserver the container uses (127.0.0.11 on user networks). */
  readonly nameserver: string;
  /**
   * An ICMP echo to `address` (ping): resolves with the round-trip time in ms, rejects with
   * EHOSTUNREACH / ENETUNREACH / ETIMEDOUT when nothing answers. Optional: without it, tools treat
   * every resolvable address as reachable.
   */
  ping?(address: string): Promise<number>;
  /** This container's interfaces. */
  interfaces(): NetworkInterface[];
}

// ---------------------------------------------------------------------------------------------
// Processes

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
