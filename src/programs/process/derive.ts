/**
 * @module
 * A program context with some parts replaced — how a multi-call program hands an applet its own
 * argv (`busybox ls -l` → `ls -l`), and how a shell runs an applet in-process with the
 * command's redirected streams. Everything not replaced is the original's.
 */
import type { ProcessContext, ProcessInput, ProcessOutput } from '../types.js';

/** What {@link deriveContext} can replace. */
export interface ContextOverrides {
  readonly argv?: readonly string[];
  readonly env?: { [name: string]: string };
  readonly cwd?: string;
  readonly stdin?: ProcessInput;
  readonly stdout?: ProcessOutput;
  readonly stderr?: ProcessOutput;
}

/** `ctx` with `overrides`. */
export function deriveContext(ctx: ProcessContext, overrides: ContextOverrides): ProcessContext {
  let cwd = overrides.cwd;
  return {
    argv: overrides.argv ?? ctx.argv,
    env: overrides.env ?? ctx.env,
    get cwd() {
      return cwd ?? ctx.cwd;
    },
    set cwd(value: string) {
      if (cwd === undefined) ctx.cwd = value;
      else cwd = value;
    },
    get pid() {
      return ctx.pid;
    },
    get ppid() {
      return ctx.ppid;
    },
    get user() {
      return ctx.user;
    },
    get hostname() {
      return ctx.hostname;
    },
    get kernel() {
      return ctx.kernel;
    },
    stdin: overrides.stdin ?? ctx.stdin,
    stdout: overrides.stdout ?? ctx.stdout,
    stderr: overrides.stderr ?? ctx.stderr,
    fs: ctx.fs,
    net: ctx.net,
    signals: ctx.signals,
    clock: ctx.clock,
    random: ctx.random,
    exec: (argv, options) => ctx.exec(argv, options),
    fork: (main, options) => ctx.fork(main, options),
    processes: () => ctx.processes(),
    kill: (pid, signal) => ctx.kill(pid, signal),
    exit: (code) => ctx.exit(code),
    execve: (argv, options) => ctx.execve(argv, options),
    ...(ctx.setMemoryUsage ? { setMemoryUsage: (bytes: number) => ctx.setMemoryUsage!(bytes) } : {}),
  };
}
