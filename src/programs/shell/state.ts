/**
 * @module
 * A shell's state: variables with their export/readonly attributes, positional parameters,
 * functions, `set` options, the working directory and traps. A subshell (`( … )`, `$( … )`, a
 * pipeline element, a background job) works on a copy, which is how its assignments, `cd` and
 * `exit` stay inside it.
 */
import type { Command } from './ast.js';

/** One shell variable. */
export interface Variable {
  value: string | undefined;
  exported: boolean;
  readonly: boolean;
}

/** `set` options the interpreter honours. */
export interface ShellOptions {
  /** `-e` */
  errexit: boolean;
  /** `-x` */
  xtrace: boolean;
  /** `-u` */
  nounset: boolean;
  /** `-f` */
  noglob: boolean;
  /** `-C` */
  noclobber: boolean;
  /** `-v` */
  verbose: boolean;
  /** `-n` */
  noexec: boolean;
  /** `-a` */
  allexport: boolean;
  /** `-o pipefail` (bash, ash) */
  pipefail: boolean;
}

/** Letters of `$-`, in the order shells print them. */
export const OPTION_LETTERS: readonly [string, keyof ShellOptions][] = [
  ['a', 'allexport'],
  ['e', 'errexit'],
  ['f', 'noglob'],
  ['n', 'noexec'],
  ['u', 'nounset'],
  ['v', 'verbose'],
  ['x', 'xtrace'],
  ['C', 'noclobber'],
];

/** The mutable state of one shell (or subshell). */
export class ShellState {
  readonly vars: Map<string, Variable>;
  readonly functions: Map<string, Command>;
  readonly options: ShellOptions;
  /** Positional parameters `$1`… */
  positional: string[];
  /** `$0`. */
  arg0: string;
  /** Working directory (`$PWD` follows it). */
  cwd: string;
  /** `$?`. */
  status = 0;
  /** `$!`. */
  lastBackground: number | undefined;
  /** trap actions by condition (`EXIT`, `TERM`…); '' means ignore. */
  readonly traps: Map<string, string>;
  /** The traps of the shell this subshell was forked from (`$(trap)` lists them, as POSIX allows). */
  inheritedTraps: ReadonlyMap<string, string> | undefined;
  /** Function-local variable scopes (`local`), innermost last. */
  readonly locals: Map<string, Variable | undefined>[] = [];

  constructor(init: { vars: Map<string, Variable>; functions?: Map<string, Command>; options?: ShellOptions; positional: string[]; arg0: string; cwd: string; traps?: Map<string, string> }) {
    this.vars = init.vars;
    this.functions = init.functions ?? new Map();
    this.options = init.options ?? { errexit: false, xtrace: false, nounset: false, noglob: false, noclobber: false, verbose: false, noexec: false, allexport: false, pipefail: false };
    this.positional = init.positional;
    this.arg0 = init.arg0;
    this.cwd = init.cwd;
    this.traps = init.traps ?? new Map();
  }

  /** A copy for a subshell; traps other than ignores are reset, as POSIX says. */
  fork(): ShellState {
    const vars = new Map<string, Variable>();
    for (const [name, v] of this.vars) vars.set(name, { ...v });
    const traps = new Map<string, string>();
    for (const [cond, action] of this.traps) if (action === '') traps.set(cond, '');
    const copy = new ShellState({ vars, functions: new Map(this.functions), options: { ...this.options }, positional: [...this.positional], arg0: this.arg0, cwd: this.cwd, traps });
    copy.status = this.status;
    copy.lastBackground = this.lastBackground;
    copy.inheritedTraps = new Map(this.traps);
    return copy;
  }

  /** A variable's value (undefined when unset). */
  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  /** Sets a variable; throws `readonly` when it is read-only. */
  set(name: string, value: string, options: { export?: boolean } = {}): void {
    const v = this.vars.get(name);
    if (v?.readonly) throw new ReadOnlyError(name);
    if (v) {
      v.value = value;
      if (options.export || this.options.allexport) v.exported = true;
    } else this.vars.set(name, { value, exported: options.export === true || this.options.allexport, readonly: false });
  }

  /** Unsets a variable; throws when it is read-only. */
  unset(name: string): void {
    const v = this.vars.get(name);
    if (v?.readonly) throw new ReadOnlyError(name);
    this.vars.delete(name);
  }

  /** The environment exported to commands. */
  environment(extra: ReadonlyMap<string, string> = new Map()): { [name: string]: string } {
    const env: { [name: string]: string } = {};
    for (const [name, v] of this.vars) if (v.exported && v.value !== undefined) env[name] = v.value;
    for (const [name, value] of extra) env[name] = value;
    return env;
  }

  /** `$-`. */
  flags(extra = ''): string {
    return OPTION_LETTERS.filter(([, key]) => this.options[key]).map(([letter]) => letter).join('') + extra;
  }
}

/** Assigning to a read-only variable. */
export class ReadOnlyError extends Error {
  readonly variable: string;
  constructor(name: string) {
    super(`${name}: is read only`);
    this.name = 'ReadOnlyError';
    this.variable = name;
  }
}
