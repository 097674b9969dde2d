/**
 * @module
 * The contract's signals: their numbers and how a program handles them.
 */

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
