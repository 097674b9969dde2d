/**
 * @module
 * Signals and jobs: `trap` (actions run between commands; `''` ignores; `-` restores),
 * `kill` and `wait` (which returns 128+N at once when a trapped signal arrives).
 */
import { parseSignal, signalNumber } from '../../process/signals.js';
import { kill as killCommand, type KillDialect } from '../../utils/kill.js';
import type { SignalName } from '../../types.js';
import type { Builtin, BuiltinFn } from '../builtin.js';
import type { Interpreter } from '../interpreter.js';
import { appletError } from './io.js';
import { singleQuote } from './vars.js';

/** `EXIT`, a signal name without `SIG`, or undefined for an invalid specification. */
function condition(spec: string): string | undefined {
  if (spec === '0' || spec.toUpperCase() === 'EXIT') return 'EXIT';
  const signal = parseSignal(spec);
  return signal?.slice(3);
}

/** Installs or removes the handler that queues `signal` for its trap. */
export function setTrap(sh: Interpreter, cond: string, action: string | undefined): void {
  if (cond === 'EXIT') {
    if (action === undefined) sh.state.traps.delete('EXIT');
    else sh.state.traps.set('EXIT', action);
    return;
  }
  const signal = `SIG${cond}` as SignalName;
  sh.trapHandlers.get(signal)?.();
  sh.trapHandlers.delete(signal);
  if (signal === 'SIGKILL' || signal === 'SIGSTOP') return;
  if (action === undefined) {
    sh.state.traps.delete(cond);
    sh.ctx.signals.reset(signal);
  } else if (action === '') {
    sh.state.traps.set(cond, '');
    sh.ctx.signals.ignore(signal);
  } else {
    sh.state.traps.set(cond, action);
    sh.trapHandlers.set(signal, sh.ctx.signals.on(signal, () => sh.traps.push(signal)));
  }
}

const trap: BuiltinFn = async (sh, argv, io) => {
  let args = argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0 || args[0] === '-p') {
    const order = (c: string): number => (c === 'EXIT' ? 0 : signalNumber(`SIG${c}` as SignalName));
    const own = [...sh.state.traps].some(([, action]) => action !== '');
    const traps = own || !sh.state.inheritedTraps ? sh.state.traps : sh.state.inheritedTraps;
    for (const [cond, action] of [...traps].sort((a, b) => order(a[0]) - order(b[0]))) io.out(`trap -- ${singleQuote(action)} ${cond}\n`);
    return 0;
  }
  let action: string | undefined = args[0];
  let specs = args.slice(1);
  if (specs.length === 0 || (/^\d+$/.test(args[0]!) && !sh.bash)) {
    action = undefined;
    specs = args;
  }
  if (action === '-') action = undefined;
  let status = 0;
  for (const spec of specs) {
    const cond = condition(spec);
    if (!cond) {
      sh.error(`${spec}: invalid signal specification`);
      status = 1;
      continue;
    }
    setTrap(sh, cond, action);
  }
  return status;
};

/** A job spec (`%%`, `%+`, `%-`, `%N`) as the pid of that background job; other text unchanged. */
function jobPid(sh: Interpreter, spec: string): string {
  if (!spec.startsWith('%')) return spec;
  const pids = [...sh.jobs.keys()];
  const which = spec === '%%' || spec === '%+' || spec === '%' ? pids.length : spec === '%-' ? pids.length - 1 : Number(spec.slice(1));
  const pid = pids[which - 1];
  return pid === undefined ? spec : String(pid);
}

const killDialect = (sh: Interpreter): KillDialect => (sh.bash ? 'bash' : sh.flavour.name === 'dash' ? 'dash' : 'busybox');

const kill: BuiltinFn = async (sh, argv, io) => {
  const result = killCommand(argv.slice(1).map((a) => jobPid(sh, a)), { send: (pid, signal) => sh.ctx.kill(pid, signal) }, killDialect(sh));
  io.out(result.out);
  for (const e of result.errors) appletError(sh, e);
  return result.status;
};

/** Waits for `promise` unless a trapped signal arrives first (then: 128+N). */
async function interruptible<T>(sh: Interpreter, promise: Promise<T>): Promise<{ value: T } | { signal: SignalName }> {
  const arrival = sh.traps.arrival();
  const result = await Promise.race([promise.then((value) => ({ value })), arrival.promise.then(() => ({ signal: sh.traps.pending[0]! }))]);
  arrival.cancel();
  return result;
}

const wait: BuiltinFn = async (sh, argv) => {
  const pids = argv.slice(1).filter((a) => !a.startsWith('-')).map((a) => jobPid(sh, a));
  const targets = pids.length > 0 ? pids.map(Number) : [...sh.jobs.keys()];
  let status = 0;
  for (const pid of targets) {
    const job = sh.jobs.get(pid);
    if (!job) {
      if (sh.bash) sh.error(`pid ${pid} is not a child of this shell`);
      status = 127;
      continue;
    }
    const outcome = await interruptible(sh, job.exited);
    if ('signal' in outcome) return 128 + signalNumber(outcome.signal);
    sh.jobs.delete(pid);
    status = outcome.value;
  }
  return pids.length > 0 ? status : 0;
};

/** Signal and job builtins. */
export const JOBS: { readonly [name: string]: Builtin } = {
  trap: { run: trap, special: true },
  kill: { run: kill },
  wait: { run: wait },
};

