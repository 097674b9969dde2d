/**
 * @module
 * What every core utility does the same way: its name in messages (busybox: the applet's name;
 * GNU: argv[0] as invoked), option parsing with clustered short flags, `--long[=value]` and `--`,
 * the "Try '--help'" hint of GNU tools, and reading files or stdin (`-`).
 */
import { openRead } from '../process/files.js';
import { baseName, resolvePath } from '../process/paths.js';
import { FsError, type ProcessContext } from '../types.js';
import type { Flavour } from './tool.js';

/** The name a tool puts in front of its messages. */
export function toolName(ctx: ProcessContext, flavour: Flavour): string {
  const argv0 = ctx.argv[0] ?? '';
  return flavour === 'busybox' ? baseName(argv0) : argv0;
}

/** Writes `name: message` on stderr. */
export function complain(ctx: ProcessContext, flavour: Flavour, message: string): void {
  ctx.stderr.write(`${toolName(ctx, flavour)}: ${message}\n`);
}

/** An absolute path for an operand. */
export function abs(ctx: ProcessContext, path: string): string {
  return resolvePath(ctx.cwd, path);
}

/** Parsed command line. */
export interface Parsed {
  /** Flags seen (short letters and long names), with their values ('' for plain flags). */
  readonly opts: Map<string, string>;
  /** Every value of repeatable options, in order. */
  readonly all: Map<string, string[]>;
  readonly operands: string[];
}

/** What options a tool accepts. */
export interface OptionSpec {
  /** Short flags without a value (`'alnr'`). */
  readonly flags?: string;
  /** Short options taking a value (`'nt'`). */
  readonly values?: string;
  /** Long options: name → short equivalent (or itself), `=` suffix when it takes a value. */
  readonly long?: { readonly [name: string]: string };
  /** Options may follow operands (GNU); busybox stops at the first operand for some tools. */
  readonly permute?: boolean;
  /** Numeric shorthands like `head -5` map to this short option. */
  readonly digits?: string;
}

/** A bad option, worded per flavour. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses argv (after argv[0]) by `spec`. Throws {@link UsageError}. */
export function parseArgs(args: readonly string[], spec: OptionSpec, flavour: Flavour): Parsed {
  const opts = new Map<string, string>();
  const all = new Map<string, string[]>();
  const operands: string[] = [];
  const set = (k: string, v: string): void => {
    opts.set(k, v);
    all.set(k, [...(all.get(k) ?? []), v]);
  };
  const flags = spec.flags ?? '';
  const values = spec.values ?? '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const match = Object.keys(spec.long ?? {}).filter((l) => l.replace(/=$/, '') === name || l.replace(/=$/, '').startsWith(name));
      const exact = match.find((l) => l.replace(/=$/, '') === name) ?? (match.length === 1 ? match[0] : undefined);
      if (!exact) throw new UsageError(flavour === 'gnu' ? `unrecognized option '${a}'` : `unrecognized option '${a}'`);
      const key = spec.long![exact]!;
      if (exact.endsWith('=')) {
        const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
        if (value === undefined) throw new UsageError(`option '--${name}' requires an argument`);
        set(key, value);
      } else set(key, eq >= 0 ? a.slice(eq + 1) : '');
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (spec.digits && /^-\d+$/.test(a)) {
        set(spec.digits, a.slice(1));
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (values.includes(c)) {
          const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (value === undefined) throw new UsageError(flavour === 'gnu' ? `option requires an argument -- '${c}'` : `option requires an argument -- '${c}'`);
          set(c, value);
          break;
        }
        if (!flags.includes(c)) throw new UsageError(`invalid option -- '${c}'`);
        set(c, '');
      }
      continue;
    }
    operands.push(a);
    if (spec.permute === false) {
      operands.push(...args.slice(i + 1));
      break;
    }
  }
  return { opts, all, operands };
}

/** Reports a usage error: GNU adds "Try '<name> --help'…", busybox prints its usage line. */
export function usage(ctx: ProcessContext, flavour: Flavour, message: string, usageText: string, status = 1): number {
  complain(ctx, flavour, message);
  if (flavour === 'gnu') ctx.stderr.write(`Try '${toolName(ctx, flavour)} --help' for more information.\n`);
  else ctx.stderr.write(`BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\n\nUsage: ${baseName(ctx.argv[0] ?? '')} ${usageText}\n`);
  return status;
}

/** Parses by `spec`, reporting a usage error; undefined after an error was reported. */
export function options(ctx: ProcessContext, flavour: Flavour, spec: OptionSpec, usageText: string): Parsed | undefined {
  try {
    return parseArgs(ctx.argv.slice(1), spec, flavour);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    usage(ctx, flavour, error.message, usageText);
    return undefined;
  }
}

/** The bytes of an operand (`-` is stdin); throws {@link FsError}. */
export async function readOperand(ctx: ProcessContext, path: string): Promise<Uint8Array> {
  if (path === '-') return ctx.stdin.readAll();
  return openRead(ctx.fs, ctx.cwd, path, ctx).readAll();
}

/** The text of an operand (`-` is stdin); throws {@link FsError}. */
export async function readText(ctx: ProcessContext, path: string): Promise<string> {
  return new TextDecoder().decode(await readOperand(ctx, path));
}

/** Lines of a text (a final newline does not make an empty last line). */
export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Runs `body` for each operand, reporting filesystem errors with `describe`; returns 1 if any failed. */
export async function eachFile(ctx: ProcessContext, flavour: Flavour, files: readonly string[], body: (file: string) => Promise<void> | void, describe: (file: string, error: FsError) => string): Promise<number> {
  let status = 0;
  for (const file of files) {
    try {
      await body(file);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, describe(file, error));
      status = 1;
    }
  }
  return status;
}

/** `can't open 'x': reason` (busybox) / `x: reason` (GNU). */
export function cantOpen(flavour: Flavour): (file: string, error: FsError) => string {
  return (file, error) => (flavour === 'busybox' ? `can't open '${file}': ${error.description}` : `${file}: ${error.description}`);
}
