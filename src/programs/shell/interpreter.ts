/**
 * @module
 * The shell's interpreter: runs parsed scripts — lists (with `&` jobs forked as child processes),
 * and-or lists, pipelines (elements run concurrently, joined by pipes), subshells, groups, `if`,
 * loops, `case`, functions — keeping `$?`, `set -e`, traps and the working directory as a POSIX
 * shell does. Simple commands are in {@link runSimple}.
 */
import { unguarded } from '../process/guards.js';
import { OutputCollector } from '../process/streams.js';
import type { ChildProcess, ProcessContext, ProcessFs, SignalName } from '../types.js';
import { TrapQueue } from './trap-queue.js';
import { evaluate } from './arith.js';
import type { Command, Script } from './ast.js';
import { builtinIo, type Builtin, type BuiltinIo } from './builtin.js';
import { BrokenPipe, FunctionReturn, LoopControl, ShellAbort, ShellExit, SIGPIPE_STATUS } from './control.js';
import type { ExpandHost } from './expand.js';
import { Fds } from './fds.js';
import type { ErrorSite, Failure, Flavour } from './flavour.js';
import { Parser } from './parser.js';
import type { RedirectHost } from './redirect.js';
import { reportSignalDeath, runSimple } from './simple-command.js';
import { runCompound, runPipeline } from './compound.js';
import { homeOf, specialParameter } from './parameters.js';
import { startBackground } from './background.js';
import type { ShellState } from './state.js';
import { ShellSyntaxError } from './syntax-error.js';

/** Commands run per process; a shell yields virtual time every {@link SLICE} of them. */
const commandsRun = new WeakMap<ProcessContext, number>();
/** A shell spends 1 ms of virtual time per this many commands, so a busy loop cannot stall the world. */
const SLICE = 1000;

/** How an interpreter starts. */
export interface InterpreterInit {
  readonly ctx: ProcessContext;
  readonly flavour: Flavour;
  readonly state: ShellState;
  readonly fds: Fds;
  readonly builtins: ReadonlyMap<string, Builtin>;
  readonly interactive: boolean;
  /** The script file being read (error prefix), if any. */
  readonly script?: string;
  /** `$$`: the main shell's pid (subshells keep it). */
  readonly rootPid?: number;
  /** Shared by a shell and its in-process subshells: signals waiting for their trap. */
  readonly traps?: TrapQueue;
}

/** A running shell (or in-process subshell). */
export class Interpreter implements ExpandHost, RedirectHost {
  readonly ctx: ProcessContext;
  readonly flavour: Flavour;
  readonly state: ShellState;
  readonly builtins: ReadonlyMap<string, Builtin>;
  readonly rootPid: number;
  readonly traps: TrapQueue;
  /** Handlers installed by `trap`, to remove on `trap -`. */
  readonly trapHandlers = new Map<SignalName, () => void>();
  /** The shell's own descriptors (`exec 3>file` changes them). */
  fds: Fds;
  /** The descriptors of the command running now (command substitutions write through them). */
  active: Fds;
  interactive: boolean;
  script: string | undefined;
  /** The line of the command running now (`$LINENO`, error prefixes). */
  line = 1;
  /** The builtin running now, for error prefixes. */
  builtinName: string | undefined;
  /** Background jobs by pid. */
  readonly jobs = new Map<number, ChildProcess>();
  /** Depth of contexts where `set -e` does not apply (conditions, `&&`/`||` left sides, `!`). */
  errexitOff = 0;
  /** Loop and function nesting (for `break`, `continue`, `return`). */
  loops = 0;
  functions = 0;
  /** Status of the last command substitution (an assignment-only command returns it). */
  substitutionStatus: number | undefined;
  /** True when the last command may replace the shell (`exec` optimisation of `sh -c`). */
  execLast = false;
  #exiting = false;

  constructor(init: InterpreterInit) {
    this.ctx = init.ctx;
    this.flavour = init.flavour;
    this.state = init.state;
    this.builtins = init.builtins;
    this.fds = init.fds;
    this.active = init.fds;
    this.interactive = init.interactive;
    this.script = init.script;
    this.rootPid = init.rootPid ?? init.ctx.pid;
    this.traps = init.traps ?? new TrapQueue();
  }

  // ---- ExpandHost / RedirectHost ----------------------------------------------------------

  get fs(): ProcessFs {
    return this.ctx.fs;
  }

  get bash(): boolean {
    return this.flavour.name === 'bash';
  }

  special(name: string): string | undefined {
    return specialParameter(this, name);
  }

  async substitute(script: Script): Promise<string> {
    const out = new OutputCollector();
    const sub = this.subshell(this.active.with(1, { output: out }));
    this.substitutionStatus = await sub.runIsolated(script);
    return out.text();
  }

  fail(failure: Failure): never {
    this.report(failure);
    throw new ShellAbort(this.bash ? 1 : 2);
  }

  report(failure: Failure): void {
    this.error(this.flavour.failure(failure));
  }

  home(user: string): string | undefined {
    return homeOf(this.fs, user);
  }

  // ---- messages -----------------------------------------------------------------------------

  /** Where errors are reported from now. */
  site(builtin = this.builtinName): ErrorSite {
    const arg0 = this.bash && this.interactive && this.script === undefined ? 'bash' : this.state.arg0;
    return { arg0, ...(this.script !== undefined ? { script: this.script } : {}), ...(builtin !== undefined ? { builtin } : {}), line: this.line, interactive: this.interactive };
  }

  /** Prints `message` on stderr with this shell's prefix. */
  error(message: string, builtin = this.builtinName): void {
    this.active.output(2).write(`${this.flavour.prefix(this.site(builtin), message)}\n`);
  }

  /** Prints a syntax error. */
  syntaxError(error: ShellSyntaxError, input: string): void {
    for (const line of this.flavour.syntax(this.site(undefined), error, input)) this.active.output(2).write(`${line}\n`);
  }

  /** Streams for a builtin over `fds`. */
  io(fds: Fds): BuiltinIo {
    return builtinIo(fds);
  }

  // ---- subshells ------------------------------------------------------------------------------

  /** An in-process subshell: a copy of the state, the same process. */
  subshell(fds: Fds = this.active, state: ShellState = this.state.fork()): Interpreter {
    const sub = new Interpreter({
      ctx: this.ctx,
      flavour: this.flavour,
      state,
      fds,
      builtins: this.builtins,
      interactive: false,
      ...(this.script !== undefined ? { script: this.script } : {}),
      rootPid: this.rootPid,
      traps: this.traps,
    });
    sub.line = this.line;
    sub.interactive = false;
    return sub;
  }

  /** The shell in a forked child process `ctx` (a background job). */
  forked(ctx: ProcessContext, state: ShellState, fds: Fds): Interpreter {
    const sub = new Interpreter({ ctx, flavour: this.flavour, state, fds: fds.map(unguarded), builtins: this.builtins, interactive: false, rootPid: this.rootPid, ...(this.script !== undefined ? { script: this.script } : {}) });
    sub.line = this.line;
    return sub;
  }

  /** Runs `body` in a forked child process (a `( … )` subshell): its own pid, traps reset. */
  async forkRun(body: Script, fds: Fds): Promise<number> {
    const state = this.state.fork();
    const child = this.ctx.fork(async (ctx) => this.forked(ctx, state, fds).runIsolated(body, true));
    const status = await child.exited;
    reportSignalDeath(this, status, child.pid, ['(…)']);
    return status;
  }

  /** Runs `script` as a subshell's whole life: `exit`, errors and broken pipes end only it. */
  runIsolated(script: Script | Command, last = false): Promise<number> {
    return this.isolate(() => ('type' in script ? this.runCommand(script, this.fds, last) : this.run(script, this.fds, last)));
  }

  /** Runs `body` as this (sub)shell's whole life and returns its exit status (EXIT trap included). */
  async isolate(body: () => Promise<number>): Promise<number> {
    try {
      return await this.finish(await body());
    } catch (error) {
      if (error instanceof ShellExit || error instanceof ShellAbort || error instanceof FunctionReturn) return this.finish(error.status);
      if (error instanceof BrokenPipe) return SIGPIPE_STATUS;
      if (error instanceof LoopControl) return this.finish(0);
      throw error;
    }
  }

  /** Runs the EXIT trap (once) and returns `status`. */
  async finish(status: number): Promise<number> {
    const action = this.state.traps.get('EXIT');
    if (action && !this.#exiting) {
      this.#exiting = true;
      this.state.status = status;
      try {
        await this.runText(action);
      } catch (error) {
        if (error instanceof ShellExit) return error.status;
        if (!(error instanceof ShellAbort)) throw error;
      }
    }
    return status;
  }

  // ---- running --------------------------------------------------------------------------------

  /** Parses and runs `text` command by command (`eval`, `.`, traps). */
  async runText(text: string, options: { readonly script?: string; readonly line?: number } = {}): Promise<number> {
    const parser = new Parser(text, this.flavour.dialect, options.line ?? this.line);
    const savedScript = this.script;
    if (options.script !== undefined) this.script = options.script;
    let status = 0;
    try {
      for (;;) {
        let script: Script | null;
        try {
          script = parser.next();
        } catch (error) {
          if (!(error instanceof ShellSyntaxError)) throw error;
          this.syntaxError(error, text);
          throw new ShellAbort(2);
        }
        if (!script) break;
        status = await this.run(script, this.fds);
      }
    } finally {
      this.script = savedScript;
    }
    return status;
  }

  /** Runs a list; `last` when nothing runs after it (the shell may `exec` its final command). */
  async run(script: Script, fds: Fds, last = false): Promise<number> {
    let status = script.items.length === 0 ? 0 : this.state.status;
    const items = script.items;
    // At the shell's own level, `exec >file` changes the descriptors of the commands after it.
    const base = fds === this.fds;
    for (let i = 0; i < items.length; i++) {
      const { command, background } = items[i]!;
      const current = base ? this.fds : fds;
      if (background) {
        status = this.background(command, current);
      } else {
        status = await this.runCommand(command, current, last && i === items.length - 1);
        this.state.status = status;
        this.checkErrexit(status, command);
      }
      this.state.status = status;
      await this.runTraps();
    }
    return status;
  }

  /** `set -e`: a failing command outside a condition ends the shell. */
  checkErrexit(status: number, command: Command): void {
    if (status === 0 || !this.state.options.errexit || this.errexitOff > 0) return;
    if (command.type === 'and-or' || (command.type === 'pipeline' && command.negate)) return;
    throw new ShellExit(status);
  }

  /** Runs the traps of signals that arrived. */
  async runTraps(): Promise<void> {
    for (let signal = this.traps.shift(); signal; signal = this.traps.shift()) {
      const action = this.state.traps.get(signal.slice(3));
      if (!action) continue;
      const saved = this.state.status;
      await this.runText(action);
      this.state.status = saved;
    }
  }

  /** Starts `command` as a background job (a forked subshell; stdin is /dev/null). */
  background(command: Command, fds: Fds): number {
    return startBackground(this, command, fds);
  }

  /** Runs one command with descriptors `fds`. */
  async runCommand(command: Command, fds: Fds, last = false): Promise<number> {
    this.active = fds;
    const n = (commandsRun.get(this.ctx) ?? 0) + 1;
    commandsRun.set(this.ctx, n);
    if (n % SLICE === 0) await this.ctx.clock.sleep(1);
    switch (command.type) {
      case 'simple':
        return runSimple(this, command, fds, last);
      case 'and-or': {
        this.errexitOff++;
        let left: number;
        try {
          left = await this.runCommand(command.left, fds);
        } finally {
          this.errexitOff--;
        }
        this.state.status = left;
        if ((command.op === '&&') !== (left === 0)) return left;
        const right = await this.runCommand(command.right, fds, last);
        if (command.right.type !== 'and-or') this.checkErrexit(right, command.right);
        return right;
      }
      case 'pipeline':
        return runPipeline(this, command.commands, command.negate, fds);
      case 'function':
        this.state.functions.set(command.name, command.body);
        return 0;
      default:
        return runCompound(this, command, fds, last);
    }
  }

  /** Runs `body` with errexit suspended (conditions). */
  async condition(body: Script, fds: Fds): Promise<number> {
    this.errexitOff++;
    try {
      return await this.run(body, fds);
    } finally {
      this.errexitOff--;
    }
  }

  /** Calls a shell function with `argv` (argv[0] is its name). */
  async callFunction(body: Command, argv: readonly string[], fds: Fds): Promise<number> {
    const saved = this.state.positional;
    this.state.positional = argv.slice(1);
    this.functions++;
    this.state.locals.push(new Map());
    try {
      return await this.runCommand(body, fds);
    } catch (error) {
      if (error instanceof FunctionReturn) return error.status;
      throw error;
    } finally {
      const locals = this.state.locals.pop()!;
      for (const [name, old] of locals) {
        if (old) this.state.vars.set(name, old);
        else this.state.vars.delete(name);
      }
      this.functions--;
      this.state.positional = saved;
    }
  }

  /** Evaluates an arithmetic expression string (`let`). */
  arith(text: string): bigint {
    return evaluate(text, { get: (n) => this.special(n) ?? this.state.get(n), set: (n, v) => this.state.set(n, v) });
  }
}
