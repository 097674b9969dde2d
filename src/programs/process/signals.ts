/**
 * @module
 * Signal facts from signal(7): each signal's number and default action, and the names `kill`,
 * `trap` and Docker's `--signal` accept (`TERM`, `SIGTERM`, `15`, case-insensitive).
 */
import { SIGNALS, type SignalName } from '../types.js';

/** What a signal does to a process that neither handles nor ignores it. */
export type SignalAction = 'terminate' | 'core' | 'ignore' | 'stop' | 'continue';

/** Default actions (signal(7), "Standard signals"). */
export const DEFAULT_ACTIONS: { readonly [name in SignalName]: SignalAction } = {
  SIGHUP: 'terminate',
  SIGINT: 'terminate',
  SIGQUIT: 'core',
  SIGILL: 'core',
  SIGTRAP: 'core',
  SIGABRT: 'core',
  SIGBUS: 'core',
  SIGFPE: 'core',
  SIGKILL: 'terminate',
  SIGUSR1: 'terminate',
  SIGSEGV: 'core',
  SIGUSR2: 'terminate',
  SIGPIPE: 'terminate',
  SIGALRM: 'terminate',
  SIGTERM: 'terminate',
  SIGSTKFLT: 'terminate',
  SIGCHLD: 'ignore',
  SIGCONT: 'continue',
  SIGSTOP: 'stop',
  SIGTSTP: 'stop',
  SIGTTIN: 'stop',
  SIGTTOU: 'stop',
  SIGURG: 'ignore',
  SIGXCPU: 'core',
  SIGXFSZ: 'core',
  SIGVTALRM: 'terminate',
  SIGPROF: 'terminate',
  SIGWINCH: 'ignore',
  SIGIO: 'terminate',
  SIGPWR: 'terminate',
  SIGSYS: 'core',
};

const BY_NUMBER = new Map<number, SignalName>(Object.entries(SIGNALS).map(([name, n]) => [n, name as SignalName]));

/** Every signal name in number order. */
export const SIGNAL_NAMES: readonly SignalName[] = [...BY_NUMBER.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);

/** The signal's number (`SIGTERM` → 15). */
export function signalNumber(name: SignalName): number {
  return SIGNALS[name];
}

/** The signal with number `n`, if any. */
export function signalByNumber(n: number): SignalName | undefined {
  return BY_NUMBER.get(n);
}

/** Parses `TERM`, `SIGTERM`, `sigterm` or `15`; undefined when it names no signal. */
export function parseSignal(text: string): SignalName | undefined {
  if (/^\d+$/.test(text)) return signalByNumber(Number(text));
  const upper = text.toUpperCase();
  const name = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  return name in SIGNALS ? (name as SignalName) : undefined;
}

/** The exit status of a process killed by `signal` (128+N: SIGKILL → 137, SIGTERM → 143). */
export function killedStatus(signal: SignalName): number {
  return 128 + SIGNALS[signal];
}

/** strsignal(3): how shells describe a signal that killed a job (`Killed`, `Terminated`…). */
export const SIGNAL_DESCRIPTIONS: { readonly [name in SignalName]: string } = {
  SIGHUP: 'Hangup',
  SIGINT: 'Interrupt',
  SIGQUIT: 'Quit',
  SIGILL: 'Illegal instruction',
  SIGTRAP: 'Trace/breakpoint trap',
  SIGABRT: 'Aborted',
  SIGBUS: 'Bus error',
  SIGFPE: 'Floating point exception',
  SIGKILL: 'Killed',
  SIGUSR1: 'User defined signal 1',
  SIGSEGV: 'Segmentation fault',
  SIGUSR2: 'User defined signal 2',
  SIGPIPE: 'Broken pipe',
  SIGALRM: 'Alarm clock',
  SIGTERM: 'Terminated',
  SIGSTKFLT: 'Stack fault',
  SIGCHLD: 'Child exited',
  SIGCONT: 'Continued',
  SIGSTOP: 'Stopped (signal)',
  SIGTSTP: 'Stopped',
  SIGTTIN: 'Stopped (tty input)',
  SIGTTOU: 'Stopped (tty output)',
  SIGURG: 'Urgent I/O condition',
  SIGXCPU: 'CPU time limit exceeded',
  SIGXFSZ: 'File size limit exceeded',
  SIGVTALRM: 'Virtual timer expired',
  SIGPROF: 'Profiling timer expired',
  SIGWINCH: 'Window changed',
  SIGIO: 'I/O possible',
  SIGPWR: 'Power failure',
  SIGSYS: 'Bad system call',
};
