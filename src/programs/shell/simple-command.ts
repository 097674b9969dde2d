/**
 * @module
 * Running a simple command (POSIX 2.9.1): expand words and assignments, trace with `set -x`,
 * find the command — special builtin, function, builtin, then `PATH` — perform redirections, and
 * run it. Assignments persist for special builtins, are temporary for other builtins and
 * functions, and only reach the environment of an external command. A command that cannot start
 * fails with 127 or 126 and the shell's own message; a file without `#!` runs as a shell script.
 */
import { SIGNAL_DESCRIPTIONS, signalByNumber } from '../process/signals.js';
import { ExecError, FsError } from '../types.js';
import type { SimpleCommand, Word } from './ast.js';
import type { Builtin } from './builtin.js';
import { ShellAbort } from './control.js';
import { expandWord, expandWords } from './expand.js';
import type { Fds } from './fds.js';
import type { Interpreter } from './interpreter.js';
import { applyRedirects, RedirectFailed } from './redirect.js';
import { ReadOnlyError, ShellState } from './state.js';
import { traceLine } from './trace.js';

/** Builtins whose `name=value` arguments expand like assignments (no splitting or globbing). */
const DECLARATIONS = new Set(['export', 'readonly', 'local', 'declare', 'typeset']);

/** Runs `cmd` with descriptors `fds`; `last` when the shell may replace itself with it. */
export async function runSimple(sh: Interpreter, cmd: SimpleCommand, fds: Fds, last: boolean): Promise<number> {
  sh.line = cmd.line;
  sh.substitutionStatus = undefined;
  const argv = await expandArgs(sh, cmd.words);
  // Assignments happen left to right, each seeing the ones before (`b=$a c=$b`); unless the
  // command is a special builtin (or there is none) they are undone afterwards.
  const saved = cmd.assignments.map((a) => [a.name, sh.state.vars.get(a.name)] as const).map(([n, v]) => [n, v ? { ...v } : undefined] as const);
  const assignments: [string, string][] = [];
  for (const a of cmd.assignments) {
    const value = await expandWord(a.value, sh);
    if (sh.bash && sh.state.vars.get(a.name)?.readonly) {
      // bash reports it and fails the command; POSIX shells abort (see assign).
      sh.report({ kind: 'read-only', name: a.name });
      return 1;
    }
    assign(sh, a.name, value, a.append);
    assignments.push([a.name, sh.state.get(a.name) ?? value]);
  }
  if (sh.state.options.xtrace) {
    const ps4 = sh.state.get('PS4') ?? '+ ';
    fds.output(2).write(`${ps4}${traceLine(assignments, argv, sh.flavour)}\n`);
  }
  if (argv.length === 0) {
    try {
      await applyRedirects(sh, cmd.redirects, fds);
    } catch (error) {
      if (error instanceof RedirectFailed) return sh.flavour.name === 'dash' ? 2 : 1;
      throw error;
    }
    return sh.substitutionStatus ?? 0;
  }
  const name = argv[0]!;
  const builtin = sh.builtins.get(name);
  const special = builtin?.special === true && !(sh.bash && sh.state.functions.has(name));
  const restore = (): void => {
    if (special) return;
    for (const [n, v] of saved) {
      if (v) sh.state.vars.set(n, v);
      else sh.state.vars.delete(n);
    }
  };
  let cmdFds: Fds;
  try {
    cmdFds = await applyRedirects(sh, cmd.redirects, fds);
  } catch (error) {
    restore();
    if (!(error instanceof RedirectFailed)) throw error;
    if (special && !sh.bash && !sh.interactive) throw new ShellAbort(2);
    return sh.flavour.name === 'dash' ? 2 : 1;
  }
  for (const [n] of assignments) if (!special) sh.state.vars.get(n)!.exported = true;
  try {
    return await dispatch(sh, argv, [], cmdFds, { last });
  } finally {
    restore();
  }
}

/** How {@link dispatch} looks a command up. */
export interface DispatchOptions {
  readonly last?: boolean;
  /** Skip shell functions (`command`). */
  readonly noFunctions?: boolean;
  /** Only builtins (`builtin`). */
  readonly onlyBuiltins?: boolean;
}

/** Finds and runs `argv` (special builtin, function, builtin, then PATH) with `fds`. */
export async function dispatch(sh: Interpreter, argv: readonly string[], assignments: readonly [string, string, boolean][], fds: Fds, options: DispatchOptions = {}): Promise<number> {
  const name = argv[0]!;
  const builtin = sh.builtins.get(name);
  const fn = options.noFunctions || options.onlyBuiltins ? undefined : sh.state.functions.get(name);
  const kind = builtin?.special && !(sh.bash && fn) ? 'special' : fn ? 'function' : builtin ? 'builtin' : 'external';
  sh.active = fds;
  switch (kind) {
    case 'special':
      for (const [n, value, append] of assignments) assign(sh, n, value, append);
      return runBuiltin(sh, builtin!, argv, fds);
    case 'builtin':
      return withTemporary(sh, assignments, () => runBuiltin(sh, builtin!, argv, fds));
    case 'function':
      return withTemporary(sh, assignments, () => sh.callFunction(fn!, argv, fds));
    default:
      if (options.onlyBuiltins) {
        sh.error(`${name}: not a shell builtin`);
        return 1;
      }
      return runExternal(sh, argv, assignments, fds, options.last === true);
  }
}

async function expandArgs(sh: Interpreter, words: readonly Word[]): Promise<string[]> {
  if (words.length === 0) return [];
  const head = await expandWords(words.slice(0, 1), sh);
  if (!(head.length === 1 && DECLARATIONS.has(head[0]!))) return [...head, ...(await expandWords(words.slice(1), sh))];
  const out = head;
  for (const word of words.slice(1)) {
    const first = word.parts[0];
    if (first?.type === 'literal' && /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(first.text)) out.push(await expandWord(word, sh));
    else out.push(...(await expandWords([word], sh)));
  }
  return out;
}

/** Sets a shell variable, reporting a read-only one as the shell does. */
export function assign(sh: Interpreter, name: string, value: string, append = false): void {
  try {
    sh.state.set(name, append ? (sh.state.get(name) ?? '') + value : value);
  } catch (error) {
    if (error instanceof ReadOnlyError) sh.fail({ kind: 'read-only', name });
    throw error;
  }
}

/** Runs `body` with `assignments` in effect (exported), then restores the variables. */
async function withTemporary(sh: Interpreter, assignments: readonly [string, string, boolean][], body: () => Promise<number>): Promise<number> {
  if (assignments.length === 0) return body();
  const saved = assignments.map(([name]) => [name, sh.state.vars.get(name)] as const).map(([name, v]) => [name, v ? { ...v } : undefined] as const);
  for (const [name, value, append] of assignments) {
    assign(sh, name, value, append);
    sh.state.vars.get(name)!.exported = true;
  }
  try {
    return await body();
  } finally {
    for (const [name, v] of saved) {
      if (v) sh.state.vars.set(name, v);
      else sh.state.vars.delete(name);
    }
  }
}

async function runBuiltin(sh: Interpreter, builtin: Builtin, argv: readonly string[], fds: Fds): Promise<number> {
  const saved = sh.builtinName;
  sh.builtinName = argv[0];
  try {
    return await builtin.run(sh, argv, sh.io(fds));
  } finally {
    sh.builtinName = saved;
  }
}

async function runExternal(sh: Interpreter, argv: readonly string[], assignments: readonly [string, string, boolean][], fds: Fds, last: boolean): Promise<number> {
  const env = sh.state.environment(new Map(assignments.map(([n, v, append]) => [n, append ? (sh.state.get(n) ?? '') + v : v])));
  const options = { env, cwd: sh.state.cwd };
  try {
    const stdio = { stdin: fds.input(0), stdout: fds.output(1), stderr: fds.output(2) };
    if (last && sh.execLast && sh.state.traps.size === 0 && sh.jobs.size === 0) sh.ctx.execve(argv, { ...options, ...stdio });
    const child = sh.ctx.exec(argv, { ...options, ...stdio });
    const status = await child.exited;
    reportSignalDeath(sh, status, child.pid, argv);
    return status;
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    return execFailed(sh, argv, error, fds);
  }
}

/**
 * A foreground command killed by a signal: ash and dash print the signal's description
 * (`Terminated`); non-interactive bash prints a job line (`bash: line 1:    7 Killed                  sleep 9`)
 * and stays quiet about SIGTERM. Nobody reports SIGINT or SIGPIPE.
 */
export function reportSignalDeath(sh: Interpreter, status: number, pid: number, argv: readonly string[]): void {
  const signal = status > 128 ? signalByNumber(status - 128) : undefined;
  if (!signal || signal === 'SIGINT' || signal === 'SIGPIPE') return;
  const out = sh.fds.output(2);
  if (!sh.bash) return out.write(`${SIGNAL_DESCRIPTIONS[signal]}\n`);
  if (signal === 'SIGTERM' || sh.interactive || sh.state.traps.has(signal.slice(3))) return;
  out.write(`${sh.flavour.prefix(sh.site(), '')}${String(pid).padStart(5)} ${SIGNAL_DESCRIPTIONS[signal].padEnd(24)}${argv.join(' ')}\n`);
}

/** Reports why `argv` could not run; runs a `#!`-less file as a shell script (ENOEXEC). */
export async function execFailed(sh: Interpreter, argv: readonly string[], error: ExecError, fds: Fds): Promise<number> {
  const name = argv[0]!;
  switch (error.code) {
    case 'ENOTFOUND_IN_PATH':
      sh.report({ kind: 'not-found', name });
      return 127;
    case 'ENOENT':
      if (error.interpreter !== undefined && sh.bash) {
        sh.error(`${name}: ${error.interpreter}: bad interpreter: No such file or directory`);
        return 126;
      }
      sh.report({ kind: name.includes('/') ? 'no-such-file' : 'not-found', name });
      return 127;
    case 'EISDIR':
      sh.report({ kind: 'is-directory', name });
      return 126;
    case 'EACCES':
      sh.report({ kind: 'permission', name });
      return 126;
    case 'ENOEXEC':
      return runAsScript(sh, argv, error.file, fds);
  }
}

/** POSIX: a file execve rejects as not executable-format runs as a script of this shell. */
async function runAsScript(sh: Interpreter, argv: readonly string[], file: string, fds: Fds): Promise<number> {
  let text: string;
  try {
    text = new TextDecoder().decode(sh.fs.readFile(file));
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    sh.report({ kind: 'permission', name: argv[0]! });
    return 126;
  }
  const vars = new Map([...sh.state.vars].filter(([, v]) => v.exported).map(([n, v]) => [n, { ...v }]));
  const sub = sh.subshell(fds, new ShellState({ vars, positional: argv.slice(1), arg0: argv[0]!, cwd: sh.state.cwd }));
  sub.script = argv[0];
  return sub.isolate(() => sub.runText(text, { script: argv[0]!, line: 1 }));
}
