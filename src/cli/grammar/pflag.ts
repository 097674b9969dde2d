/**
 * @module
 * spf13/pflag's command-line parser, as the docker CLI runs it: `--flag=value`, `--flag value`,
 * bool flags without a value (`--all`, `--all=false`), combined shorthands (`-dp 80:80`, `-it`,
 * `-p80:80`, `-p=80:80`), repeated flags, `--` ending the flags, and non-interspersed commands
 * (`docker run IMAGE -ls` leaves `-ls` to the container). Errors carry pflag's exact text:
 * `unknown flag: --foo`, `unknown shorthand flag: 'z' in -z`, `flag needs an argument: 'p' in -p`,
 * `invalid argument "x" for "-t, --time" flag: strconv.ParseInt: parsing "x": invalid syntax`.
 */
import { FlagValueError, type FlagSpec, type FlagValue } from './flag.js';
import { goQuote, goQuoteRune } from './go-strconv.js';
import { ParsedFlags } from './parsed-flags.js';
import { applyValue, initialValue } from './values.js';

/** A command line pflag rejected; `message` is pflag's text. */
export class FlagParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagParseError';
  }
}

/** What {@link parseFlags} found. */
export interface FlagParse {
  readonly flags: ParsedFlags;
  /** Positional arguments, in order. */
  readonly args: readonly string[];
  /** How many positional arguments came before `--` (-1 without `--`). */
  readonly argsLenAtDash: number;
  /** True when the `help` flag ended up set (pflag's `ErrHelp` when no such flag exists). */
  readonly help: boolean;
  /** Deprecation notices pflag prints while parsing (`Flag --time has been deprecated, …`). */
  readonly notices: readonly string[];
}

/** Options of {@link parseFlags}. */
export interface ParseOptions {
  /** False for commands that stop at the first positional argument (run, create, exec…). */
  readonly interspersed?: boolean;
  /** Environment for validators that read it (`-e NAME` takes NAME's value). */
  readonly env?: { readonly [name: string]: string };
}

/** The name pflag prints for a flag in errors: `-t, --time` or `--name`. */
export function flagDisplayName(spec: FlagSpec): string {
  return spec.short && !spec.shorthandDeprecated ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

/** Parses `argv` against `specs`, as `FlagSet.Parse` does; throws {@link FlagParseError}. */
export function parseFlags(specs: readonly FlagSpec[], argv: readonly string[], options: ParseOptions = {}): FlagParse {
  const byName = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  for (const spec of specs) {
    byName.set(spec.name, spec);
    if (spec.short) byShort.set(spec.short, spec);
  }
  const values = new Map<string, FlagValue>();
  for (const spec of specs) if (!spec.alias) values.set(spec.name, initialValue(spec));
  const changed = new Set<string>();
  const targetsChanged = new Set<string>();
  const notices: string[] = [];
  const env = options.env ?? {};
  const interspersed = options.interspersed ?? true;
  const positional: string[] = [];
  let argsLenAtDash = -1;
  let help = false;

  const set = (spec: FlagSpec, raw: string) => {
    const target = spec.alias ?? spec.name;
    const targetSpec = byName.get(target) ?? spec;
    try {
      values.set(target, applyValue(targetSpec, values.get(target)!, raw, targetsChanged.has(target), env));
    } catch (e) {
      if (e instanceof FlagValueError) throw new FlagParseError(`invalid argument ${goQuote(raw)} for ${goQuote(flagDisplayName(spec))} flag: ${e.message}`);
      throw e;
    }
    changed.add(spec.name);
    targetsChanged.add(target);
    if (spec.deprecated) notices.push(`Flag --${spec.name} has been deprecated, ${spec.deprecated}`);
  };

  const args = [...argv];
  while (args.length > 0) {
    const s = args.shift()!;
    if (s.length === 0 || s[0] !== '-' || s.length === 1) {
      positional.push(s);
      if (!interspersed) {
        positional.push(...args);
        break;
      }
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        argsLenAtDash = positional.length;
        positional.push(...args);
        break;
      }
      parseLong(s, args);
    } else {
      parseShorts(s, args);
    }
  }

  function parseLong(s: string, rest: string[]): void {
    const body = s.slice(2);
    if (body[0] === '-' || body[0] === '=') throw new FlagParseError(`bad flag syntax: ${s}`);
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const spec = byName.get(name);
    if (!spec) {
      if (name === 'help') {
        help = true;
        return;
      }
      throw new FlagParseError(`unknown flag: --${name}`);
    }
    let value: string;
    if (eq >= 0) value = body.slice(eq + 1);
    else if (spec.kind === 'bool') value = 'true';
    else if (rest.length > 0) value = rest.shift()!;
    else throw new FlagParseError(`flag needs an argument: ${s}`);
    set(spec, value);
  }

  function parseShorts(s: string, rest: string[]): void {
    let shorthands = s.slice(1);
    while (shorthands.length > 0) {
      const c = shorthands[0]!;
      const spec = byShort.get(c);
      if (!spec) {
        if (c === 'h') {
          help = true;
          shorthands = shorthands.slice(1);
          continue;
        }
        throw new FlagParseError(`unknown shorthand flag: ${goQuoteRune(c)} in -${shorthands}`);
      }
      let value: string;
      let next = shorthands.slice(1);
      if (shorthands.length > 2 && shorthands[1] === '=') {
        value = shorthands.slice(2);
        next = '';
      } else if (spec.kind === 'bool') {
        value = 'true';
      } else if (shorthands.length > 1) {
        value = shorthands.slice(1);
        next = '';
      } else if (rest.length > 0) {
        value = rest.shift()!;
      } else {
        throw new FlagParseError(`flag needs an argument: ${goQuoteRune(c)} in -${shorthands}`);
      }
      if (spec.shorthandDeprecated) notices.push(`Flag shorthand -${c} has been deprecated, ${spec.shorthandDeprecated}`);
      set(spec, value);
      shorthands = next;
    }
  }

  if (values.get('help') === true) help = true;
  return { flags: new ParsedFlags(byName, values, changed), args: positional, argsLenAtDash, help, notices };
}
