/**
 * @module
 * The shell's interpreter: runs parsed scripts — lists (with `&` jobs forked as child processes),
 * and-or lists, pipelines (elements run concurrently, joined by pipes), subshells, groups, `if`,
 * loops, `case`, functions — keeping `$?`, `set -e`, traps and the working directory as a POSIX
 * shell does. Simple commands are in {@link runSimple}.
 */
import { createPipe, emptyInput, isBroken, OutputCollector } from '../process/streams.js';
import type { ChildProcess, ProcessContext, ProcessFs, SignalName } from '../types.js';
import { TrapQueue } from './trap-queue.js';
import { evaluate } from './arith.js';
import type { Command, Script, Word } from './ast.js';
import type { Builtin, BuiltinIo } from './builtin.js';
import { evaluateCond } from './cond.js';
import { BrokenPipe, FunctionReturn, LoopControl, ShellAbort, ShellExit, SIGPIPE_STATUS } from './control.js';
import { arithmetic, expandPattern, expandWord, expandWords, type ExpandHost } from './expand.js';
import { Fds } from './fds.js';
import type { ErrorSite, Failure, Flavour } from './flavour.js';
import { Parser } from './parser.js';
import { matchPattern } from './pattern.js';
import { applyRedirects, RedirectFailed, type RedirectHost } from './redirect.js';
import { runSimple } from './simple-command.js';
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
    const state = this.state;
    if (/^\d+$/.test(name)) return name === '0' ? state.arg0 : state.positional[Number(name) - 1];
    switch (name) {
      case '?':
        return String(state.status);
      case '#':
        return String(state.positional.length);
      case '$':
        return String(this.rootPid);
      case '!':
        return state.lastBackground === undefined ? undefined : String(state.lastBackground);
      case '-':
        return state.flags(this.interactive ? 'i' : '');
      case 'LINENO':
        return state.vars.has('LINENO') ? undefined : String(this.line);
      case 'RANDOM':
        return this.flavour.name === 'dash' || state.vars.has('RANDOM') ? undefined : String(this.ctx.random.int(32768));
      case 'EPOCHSECONDS':
        return this.flavour.name === 'dash' ? undefined : String(Math.floor(this.ctx.clock.now() / 1000));
      case 'BASHPID':
        return this.bash ? String(this.ctx.pid) : undefined;
      default:
        return undefined;
    }
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
    try {
      const passwd = new TextDecoder().decode(this.fs.readFile('/etc/passwd'));
      for (const line of passwd.split('\n')) {
        const fields = line.split(':');
        if (fields[0] === user) return fields[5];
      }
    } catch {
      return undefined;
    }
    return undefined;
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
    return {
      fds,
      stdin: fds.input(0),
      out: (text) => {
        const output = fds.output(1);
        if (isBroken(output)) throw new BrokenPipe();
        output.write(text);
      },
      err: (text) => fds.output(2).write(text),
    };
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
    let status = this.state.status;
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
    const jobFds = fds.with(0, { input: emptyInput() });
    const state = this.state.fork();
    const child = this.ctx.fork(async (ctx) => {
      const sub = new Interpreter({ ctx, flavour: this.flavour, state, fds: jobFds, builtins: this.builtins, interactive: false, rootPid: this.rootPid, ...(this.script !== undefined ? { script: this.script } : {}) });
      sub.line = this.line;
      sub.execLast = true;
      return sub.runIsolated(command, true);
    });
    this.jobs.set(child.pid, child);
    this.state.lastBackground = child.pid;
    return 0;
  }

  /** Runs one command with descriptors `fds`. */
  async runCommand(command: Command, fds: Fds, last = false): Promise<number> {
    this.active = fds;
    switch (command.type) {
      case 'simple': {
        const n = (commandsRun.get(this.ctx) ?? 0) + 1;
        commandsRun.set(this.ctx, n);
        if (n % SLICE === 0) await this.ctx.clock.sleep(1);
        return runSimple(this, command, fds, last);
      }
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
        return this.pipeline(command.commands, command.negate, fds);
      case 'function':
        this.state.functions.set(command.name, command.body);
        return 0;
      default:
        return this.compound(command, fds, last);
    }
  }

  async pipeline(commands: readonly Command[], negate: boolean, fds: Fds): Promise<number> {
    let status: number;
    if (commands.length === 1) {
      if (negate) this.errexitOff++;
      try {
        status = await this.runCommand(commands[0]!, fds);
      } finally {
        if (negate) this.errexitOff--;
      }
    } else {
      const pipes = commands.slice(1).map(() => createPipe());
      const runs = commands.map(async (command, i) => {
        let elementFds = fds;
        if (i > 0) elementFds = elementFds.with(0, { input: pipes[i - 1]!.reader });
        if (i < commands.length - 1) elementFds = elementFds.with(1, { output: pipes[i]!.writer });
        const sub = this.subshell(elementFds);
        try {
          return await sub.runIsolated(command);
        } finally {
          if (i < commands.length - 1) pipes[i]!.writer.close();
          if (i > 0) pipes[i - 1]!.reader.close();
        }
      });
      const statuses = await Promise.all(runs);
      status = statuses[statuses.length - 1]!;
      if (this.state.options.pipefail) status = [...statuses].reverse().find((s) => s !== 0) ?? 0;
    }
    return negate ? (status === 0 ? 1 : 0) : status;
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

  async compound(command: Exclude<Command, { type: 'simple' | 'and-or' | 'pipeline' | 'function' }>, outer: Fds, last: boolean): Promise<number> {
    let fds: Fds;
    try {
      fds = await applyRedirects(this, command.redirects, outer);
    } catch (error) {
      if (error instanceof RedirectFailed) return 1;
      throw error;
    }
    this.line = command.line;
    switch (command.type) {
      case 'subshell':
        return this.subshell(fds).runIsolated(command.body);
      case 'group':
        return this.run(command.body, fds, last);
      case 'if': {
        for (const clause of command.clauses) if ((await this.condition(clause.test, fds)) === 0) return this.run(clause.body, fds, last);
        return command.otherwise ? this.run(command.otherwise, fds, last) : 0;
      }
      case 'loop':
        return this.loop(command.until, command.test, command.body, fds);
      case 'for':
        return this.forLoop(command.name, command.items, command.body, fds);
      case 'case': {
        const word = await expandWord(command.word, this);
        for (let i = 0; i < command.items.length; i++) {
          const item = command.items[i]!;
          let matched = false;
          for (const pattern of item.patterns) if (matchPattern(await expandPattern(pattern, this), word)) matched = true;
          if (!matched) continue;
          let status = await this.run(item.body, fds, last);
          for (let j = i; command.items[j]?.fallthrough && j + 1 < command.items.length; j++) status = await this.run(command.items[j + 1]!.body, fds);
          return status;
        }
        return 0;
      }
      case 'cond':
        return evaluateCond(this, command.words);
      case 'arith-command': {
        const value = await arithmetic(command.expr, this);
        return value === '0' ? 1 : 0;
      }
    }
  }

  async loop(until: boolean, test: Script, body: Script, fds: Fds): Promise<number> {
    let status = 0;
    this.loops++;
    try {
      for (;;) {
        const t = await this.condition(test, fds);
        if ((t === 0) === until) break;
        const outcome = await this.loopBody(body, fds);
        if (outcome === 'break') break;
        status = this.state.status;
      }
    } finally {
      this.loops--;
    }
    return status;
  }

  async forLoop(name: string, items: readonly Word[] | undefined, body: Script, fds: Fds): Promise<number> {
    const values = items ? await expandWords(items, this) : [...this.state.positional];
    let status = 0;
    this.loops++;
    try {
      for (const value of values) {
        try {
          this.state.set(name, value);
        } catch {
          this.fail({ kind: 'read-only', name });
        }
        const outcome = await this.loopBody(body, fds);
        status = this.state.status;
        if (outcome === 'break') break;
      }
    } finally {
      this.loops--;
    }
    return status;
  }

  /** One iteration: 'break' to leave the loop, else 'next'. */
  async loopBody(body: Script, fds: Fds): Promise<'break' | 'next'> {
    try {
      this.state.status = await this.run(body, fds);
      return 'next';
    } catch (error) {
      if (!(error instanceof LoopControl)) throw error;
      if (error.levels > 1) {
        error.levels--;
        throw error;
      }
      return error.kind === 'break' ? 'break' : 'next';
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
