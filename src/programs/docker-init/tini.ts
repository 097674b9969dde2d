/**
 * @module
 * `docker-init`: tini 0.19, the init `docker run --init` puts at PID 1. It runs the command after
 * `--` as its child, forwards every signal it receives (SIGTERM from `docker stop`, SIGINT…) to
 * that child — which, not being PID 1, takes the signal's default action — and exits with the
 * child's status (128+N when a signal killed it). A command that cannot start ends tini with
 * `[FATAL tini (pid)] exec … failed: …` and 127/126.
 */
import { ExecError, type Program, type SignalName } from '../types.js';

/** The signals tini forwards (all but the synchronous ones, SIGCHLD, SIGKILL and SIGSTOP). */
const FORWARDED: readonly SignalName[] = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGCONT', 'SIGTSTP', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPWR'];

const USAGE = `tini (tini version 0.19.0 - git.de40ad0)
Usage: tini [OPTIONS] PROGRAM -- [ARGS] | --version

Execute a program under the supervision of a valid init process (tini)

Command line options:

  --version: Show version and exit.
  -h: Show this help message and exit.
  -s: Register as a process subreaper (requires Linux >= 3.4).
  -p SIGNAL: Trigger SIGNAL when parent dies, e.g. "-p SIGKILL".
  -v: Generate more verbose output. Repeat up to 3 times.
  -w: Print a warning when processes are getting reaped.
  -g: Send signals to the child's process group.
  -e EXIT_CODE: Remap EXIT_CODE (from 0 to 255) to 0 (can be repeated).
  -l: Show license and exit.

Environment variables:

  TINI_SUBREAPER: Register as a process subreaper (requires Linux >= 3.4).
  TINI_VERBOSITY: Set the verbosity level (default: 1).
  TINI_KILL_PROCESS_GROUP: Send signals to the child's process group.

`;

/** The `docker-init` program. */
export const dockerInit: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '--version') {
    ctx.stdout.write('tini version 0.19.0 - git.de40ad0\n');
    return 0;
  }
  const dash = args.indexOf('--');
  const command = dash >= 0 ? args.slice(dash + 1) : args.filter((a) => !a.startsWith('-'));
  if (command.length === 0 || args[0] === '-h') {
    ctx.stdout.write(USAGE);
    return args[0] === '-h' ? 0 : 1;
  }
  let child;
  try {
    child = ctx.exec(command);
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    const why = error.code === 'EACCES' ? 'Permission denied' : 'No such file or directory';
    ctx.stderr.write(`[FATAL tini (${ctx.pid + 1})] exec ${command[0]} failed: ${why}\n`);
    return error.code === 'EACCES' ? 126 : 127;
  }
  const running = child;
  const off = FORWARDED.map((signal) => ctx.signals.on(signal, (s) => running.kill(s)));
  const code = await running.exited;
  off.forEach((f) => f());
  return code;
};
