/**
 * @module
 * The shell's syntax tree (POSIX "Shell Command Language", plus the bash/ash extensions we
 * support): words made of quoted and unquoted parts and expansions, simple and compound commands,
 * pipelines, and-or lists, redirections and here-documents.
 */

/** One piece of a word, as written. */
export type WordPart =
  /** Unquoted text: glob characters stay active. */
  | { readonly type: 'literal'; readonly text: string }
  /** Text in single quotes, a backslash escape, or `$'…'`: taken as is. */
  | { readonly type: 'quoted'; readonly text: string }
  /** Text in double quotes: expansions inside, no splitting or globbing. */
  | { readonly type: 'double'; readonly parts: readonly WordPart[] }
  /** `$name`, `${name}`, `${name op word}`. */
  | ParamPart
  /** `$(…)` or `` `…` ``. */
  | { readonly type: 'command'; readonly body: Script; readonly backquote: boolean }
  /** `$((…))`: the expression is itself expanded before it is evaluated. */
  | { readonly type: 'arith'; readonly expr: Word }
  /** `~` or `~user` at the start of a word (or after `=`/`:` in an assignment). */
  | { readonly type: 'tilde'; readonly user: string };

/** A parameter expansion. */
export interface ParamPart {
  readonly type: 'param';
  /** A name, a positional number, or a special parameter (`?`, `#`, `@`, `*`, `$`, `!`, `-`, `0`). */
  readonly name: string;
  /**
   * The operator: `-`, `:-`, `=`, `:=`, `?`, `:?`, `+`, `:+`, `#`, `##`, `%`, `%%`, `/`, `//`,
   * `/#`, `/%`, `:` (substring), `^`, `^^`, `,`, `,,`, `len` (`${#name}`), `!` (`${!name}`).
   */
  readonly op?: string;
  /** The operator's word (for `/` the pattern). */
  readonly arg?: Word;
  /** The replacement of `${x/pat/rep}`, or the length of `${x:off:len}`. */
  readonly arg2?: Word;
}

/** A word: the parts that make it and its source text. */
export interface Word {
  readonly parts: readonly WordPart[];
  readonly text: string;
}

/** A redirection: `[n]> file`, `[n]>> file`, `[n]< file`, `[n]<> file`, `n>&m`, here-docs, `&>`. */
export interface Redirect {
  readonly op: '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '<<' | '<<<' | '&>' | '&>>';
  /** The file descriptor redirected (default 0 for input, 1 for output). */
  readonly fd: number;
  /** The file, the fd to duplicate (`-` closes), or the here-string. */
  readonly target: Word;
  /** A here-document's body; `expand` is false when the delimiter was quoted. */
  readonly here?: { readonly body: Word; readonly expand: boolean };
}

/** `name=value` before a command (or alone). */
export interface Assignment {
  readonly name: string;
  readonly value: Word;
  /** `+=` (bash, ash). */
  readonly append: boolean;
}

/** Anything that runs. */
export type Command =
  | SimpleCommand
  | { readonly type: 'pipeline'; readonly commands: readonly Command[]; readonly negate: boolean; readonly line: number }
  | { readonly type: 'and-or'; readonly op: '&&' | '||'; readonly left: Command; readonly right: Command; readonly line: number }
  | { readonly type: 'subshell'; readonly body: Script; readonly redirects: readonly Redirect[]; readonly line: number }
  | { readonly type: 'group'; readonly body: Script; readonly redirects: readonly Redirect[]; readonly line: number }
  | { readonly type: 'if'; readonly clauses: readonly { readonly test: Script; readonly body: Script }[]; readonly otherwise?: Script; readonly redirects: readonly Redirect[]; readonly line: number }
  | { readonly type: 'loop'; readonly until: boolean; readonly test: Script; readonly body: Script; readonly redirects: readonly Redirect[]; readonly line: number }
  | { readonly type: 'for'; readonly name: string; readonly items?: readonly Word[]; readonly body: Script; readonly redirects: readonly Redirect[]; readonly line: number }
  | { readonly type: 'case'; readonly word: Word; readonly items: readonly CaseItem[]; readonly redirects: readonly Redirect[]; readonly line: number }
  | { readonly type: 'function'; readonly name: string; readonly body: Command; readonly line: number }
  /** bash `[[ … ]]`: the words between the brackets, evaluated as a test without splitting. */
  | { readonly type: 'cond'; readonly words: readonly Word[]; readonly redirects: readonly Redirect[]; readonly line: number }
  /** bash/ash `(( … ))`. */
  | { readonly type: 'arith-command'; readonly expr: Word; readonly redirects: readonly Redirect[]; readonly line: number };

/** A command with its words, assignments and redirections. */
export interface SimpleCommand {
  readonly type: 'simple';
  readonly assignments: readonly Assignment[];
  readonly words: readonly Word[];
  readonly redirects: readonly Redirect[];
  readonly line: number;
}

/** One `pattern) body ;;` of a `case`. */
export interface CaseItem {
  readonly patterns: readonly Word[];
  readonly body: Script;
  /** `;&` falls through to the next body (bash). */
  readonly fallthrough: boolean;
}

/** A list of and-or lists, each run in the foreground or (`&`) in the background. */
export interface Script {
  readonly items: readonly { readonly command: Command; readonly background: boolean }[];
}
