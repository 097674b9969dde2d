/**
 * @module
 * Positional-argument rules of docker commands (docker/cli `cli/required.go`, and cobra's own
 * `ExactArgs`), as data, with the exact messages docker prints:
 * `docker: 'docker start' requires at least 1 argument` + usage + `See 'docker start --help'…`.
 * (docker 28.2 really prints `SRun '…'` for "at most"; the typo is kept.)
 */

/** How many positional arguments a command takes. */
export type ArgsRule =
  | { readonly kind: 'any' }
  | { readonly kind: 'none' }
  | { readonly kind: 'min'; readonly n: number }
  | { readonly kind: 'max'; readonly n: number }
  | { readonly kind: 'exact'; readonly n: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  /** cobra's own `ExactArgs` (used by `docker context use`). */
  | { readonly kind: 'cobraExact'; readonly n: number };

/** `cli.NoArgs`. */
export const noArgs: ArgsRule = { kind: 'none' };
/** Any number of arguments (cobra's default). */
export const anyArgs: ArgsRule = { kind: 'any' };
/** `cli.RequiresMinArgs(n)`. */
export const minArgs = (n: number): ArgsRule => ({ kind: 'min', n });
/** `cli.RequiresMaxArgs(n)`. */
export const maxArgs = (n: number): ArgsRule => ({ kind: 'max', n });
/** `cli.ExactArgs(n)`. */
export const exactArgs = (n: number): ArgsRule => ({ kind: 'exact', n });
/** `cli.RequiresRangeArgs(min, max)`. */
export const rangeArgs = (min: number, max: number): ArgsRule => ({ kind: 'range', min, max });
/** cobra's `ExactArgs(n)`. */
export const cobraExactArgs = (n: number): ArgsRule => ({ kind: 'cobraExact', n });

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/** What the command needs to phrase an argument error. */
export interface ArgsContext {
  /** `docker start` */
  readonly commandPath: string;
  /** `docker start [OPTIONS] CONTAINER [CONTAINER...]` */
  readonly useLine: string;
  /** True for management commands (`docker container`): extra words are unknown commands. */
  readonly hasSubcommands: boolean;
}

/** Docker's message when `args` break `rule`, or undefined when they are fine. */
export function checkArgs(rule: ArgsRule, args: readonly string[], cmd: ArgsContext): string | undefined {
  const { commandPath: path, useLine: use } = cmd;
  const n = args.length;
  switch (rule.kind) {
    case 'any':
      return undefined;
    case 'none':
      if (n === 0) return undefined;
      if (cmd.hasSubcommands) return `docker: unknown command: ${path} ${args[0]}\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`;
      return `docker: '${path}' accepts no arguments\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`;
    case 'min':
      if (n >= rule.n) return undefined;
      return `docker: '${path}' requires at least ${rule.n} ${plural(rule.n)}\n\nUsage:  ${use}\n\nSee '${path} --help' for more information`;
    case 'max':
      if (n <= rule.n) return undefined;
      return `docker: '${path}' requires at most ${rule.n} ${plural(rule.n)}\n\nUsage:  ${use}\n\nSRun '${path} --help' for more information`;
    case 'exact':
      if (n === rule.n) return undefined;
      return `docker: '${path}' requires ${rule.n} ${plural(rule.n)}\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`;
    case 'range':
      if (n >= rule.min && n <= rule.max) return undefined;
      return `docker: '${path}' requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`;
    case 'cobraExact':
      return n === rule.n ? undefined : `accepts ${rule.n} arg(s), received ${n}`;
  }
}
