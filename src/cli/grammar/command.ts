/**
 * @module
 * A docker CLI command as data (a cobra `Command` of docker/cli): its use line, descriptions,
 * aliases, positional-argument rule, flags, subcommands and — when dockersim implements it — its
 * handler. {@link CommandNode} places a spec in the tree (the same spec serves `docker start` and
 * `docker container start`, as docker builds both from one constructor).
 */
import type { ArgsRule } from './args.js';
import type { FlagSpec } from './flag.js';

/** Conditions under which docker hides or refuses a command (cobra annotations docker checks). */
export interface CommandAnnotations {
  /** Listed under "Swarm Commands"; hidden unless the daemon is a manager when `manager`. */
  readonly swarm?: string;
  /** Only on daemons running this OS. */
  readonly ostype?: 'linux' | 'windows';
  /** Only on experimental daemons. */
  readonly experimental?: true;
  /** An experimental CLI feature (help adds an EXPERIMENTAL note). */
  readonly experimentalCLI?: true;
  /** Position in the root help's "Common Commands" (`category-top`). */
  readonly categoryTop?: number;
}

/** One docker command. `H` is the handler type (see cli/invocation.ts). */
export interface CommandSpec<H = unknown> {
  /** cobra `Use`: the name, then the argument synopsis (`start [OPTIONS] CONTAINER [CONTAINER...]`). */
  readonly use: string;
  /** One-line description (command lists). */
  readonly short: string;
  /** Full description for its own help, when different from `short`. */
  readonly long?: string;
  /** The help's "Examples:" section. */
  readonly example?: string;
  /** Other names (cobra `Aliases`: `docker container list`). */
  readonly aliases?: readonly string[];
  /** The help's "Aliases:" text when docker spells it out (the `aliases` annotation). */
  readonly aliasesText?: string;
  /** Positional arguments; cobra's default (any) when absent. */
  readonly args?: ArgsRule;
  readonly flags?: readonly FlagSpec[];
  /** False for commands whose flags end at the first argument (run, create, exec, top…). */
  readonly interspersed?: boolean;
  /** Every argument goes to the handler unparsed (cobra `DisableFlagParsing`, as for CLI plugins). */
  readonly disableFlagParsing?: boolean;
  readonly hidden?: boolean;
  /**
   * A top-level shortcut of a management command (`docker attach` for `docker container attach`),
   * which docker hides when `DOCKER_HIDE_LEGACY_COMMANDS` is set.
   */
  readonly legacy?: boolean;
  /** Flags this command's subcommands inherit (cobra persistent flags; `docker stack --orchestrator`). */
  readonly persistentFlags?: readonly FlagSpec[];
  readonly annotations?: CommandAnnotations;
  readonly subcommands?: readonly CommandSpec<H>[];
  /** What the command does; absent when dockersim does not implement it (yet). */
  readonly run?: H;
}

/** A command placed in the tree. */
export class CommandNode<H = unknown> {
  readonly spec: CommandSpec<H>;
  readonly parent: CommandNode<H> | undefined;
  readonly children: readonly CommandNode<H>[];
  /** The persistent flags this command inherits (docker's hidden `-h, --help`). */
  readonly inherited: readonly FlagSpec[];

  constructor(spec: CommandSpec<H>, parent?: CommandNode<H>, inherited: readonly FlagSpec[] = []) {
    this.spec = spec;
    this.parent = parent;
    this.inherited = inherited;
    // cobra lists subcommands sorted by name.
    const subs = [...(spec.subcommands ?? [])].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
    const passed = [...inherited, ...(spec.persistentFlags ?? [])];
    this.children = subs.map((sub) => new CommandNode(sub, this, passed));
  }

  /** The command's name (first word of `use`). */
  get name(): string {
    return nameOf(this.spec);
  }

  /** `docker container start` */
  get path(): string {
    return this.parent ? `${this.parent.path} ${this.name}` : this.name;
  }

  /** cobra `UseLine`: the parent's path and `use`. */
  get useLine(): string {
    return this.parent ? `${this.parent.path} ${this.spec.use}` : this.spec.use;
  }

  /** The root of the tree. */
  get root(): CommandNode<H> {
    return this.parent ? this.parent.root : this;
  }

  /** Every flag the command parses: its own, then inherited ones it does not shadow. */
  get flags(): readonly FlagSpec[] {
    const own = [...(this.spec.flags ?? []), ...(this.spec.persistentFlags ?? [])];
    const names = new Set(own.map((f) => f.name));
    const shorts = new Set(own.map((f) => f.short).filter((s) => s !== ''));
    return [
      ...own,
      ...this.inherited.filter((f) => !names.has(f.name)).map((f) => (f.short && shorts.has(f.short) ? { ...f, short: '' } : f)),
    ];
  }

  /** True when the command has subcommands (a management command). */
  get hasSubcommands(): boolean {
    return this.children.length > 0;
  }

  /** The direct subcommand called `word` (by name or alias), as cobra's `findNext`. */
  child(word: string): CommandNode<H> | undefined {
    return this.children.find((c) => c.name === word || (c.spec.aliases ?? []).includes(word));
  }

  /** The command at `path` (`['container', 'ls']`), following names and aliases. */
  find(path: readonly string[]): CommandNode<H> | undefined {
    let node: CommandNode<H> | undefined = this;
    for (const word of path) node = node?.child(word);
    return node;
  }

  /** This command and every command below it, depth first. */
  *walk(): Generator<CommandNode<H>> {
    yield this;
    for (const child of this.children) yield* child.walk();
  }
}

/** The name of a command: the first word of its `use`. */
export function nameOf(spec: CommandSpec<unknown>): string {
  const space = spec.use.indexOf(' ');
  return space < 0 ? spec.use : spec.use.slice(0, space);
}

/** Marks a spec as a top-level shortcut (docker's `hide(cmd)` list in cli/command/commands). */
export function legacy<H>(spec: CommandSpec<H>): CommandSpec<H> {
  return { ...spec, legacy: true };
}
