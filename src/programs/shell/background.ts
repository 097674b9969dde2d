/**
 * @module
 * `command &`: a background job is a forked child process (its own pid, `$!`, visible to `ps`
 * and `kill`) running a copy of the shell; POSIX gives it /dev/null as stdin.
 */
import { emptyInput } from '../process/streams.js';
import type { Command } from './ast.js';
import type { Fds } from './fds.js';
import type { Interpreter } from './interpreter.js';

/** Starts `command` as a background job: a forked child process running a subshell, stdin /dev/null. */
export function startBackground(sh: Interpreter, command: Command, fds: Fds): number {
  const jobFds = fds.with(0, { input: emptyInput() });
  const state = sh.state.fork();
  const child = sh.ctx.fork(async (ctx) => {
    const sub = sh.forked(ctx, state, jobFds);
    sub.execLast = true;
    return sub.runIsolated(command, true);
  });
  sh.jobs.set(child.pid, child);
  sh.state.lastBackground = child.pid;
  return 0;
}
