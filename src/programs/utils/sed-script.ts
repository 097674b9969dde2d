/**
 * @module
 * Parsing a sed script: commands with zero, one or two addresses (line numbers, `$`, `/regex/`,
 * `first~step`), `!` negation, `{ … }` blocks, and the commands `s y p d q Q = a i c n N h H g G x
 * l b t` (labels `:name`). Errors carry both busybox's and GNU's wording.
 */
import { compile } from './regex.js';

/** An address. */
export type Address = { readonly type: 'line'; readonly n: number } | { readonly type: 'last' } | { readonly type: 'regex'; readonly re: RegExp } | { readonly type: 'step'; readonly first: number; readonly step: number };

/** One sed command. */
export interface SedCommand {
  readonly a1?: Address;
  readonly a2?: Address;
  readonly negate: boolean;
  readonly name: string;
  /** `s`: pattern, replacement, flags. */
  readonly re?: RegExp;
  readonly replacement?: string;
  readonly allMatches?: boolean;
  readonly occurrence?: number;
  readonly print?: boolean;
  /** `a`, `i`, `c` text; `b`/`t`/`:` label; `y` sets. */
  readonly text?: string;
  readonly from?: string;
  readonly to?: string;
  /** For `{`: the index of the matching `}`. */
  end?: number;
}

/** A script error: busybox and GNU messages. */
export class SedError extends Error {
  readonly gnu: string;
  constructor(busybox: string, gnu: string) {
    super(busybox);
    this.name = 'SedError';
    this.gnu = gnu;
  }
}

/** Parses `script` (expression number `expr` for GNU's messages). */
export function parseSed(script: string, extended: boolean, commands: SedCommand[] = [], expr = 1): SedCommand[] {
  let i = 0;
  const fail = (busybox: string, gnu: string): never => {
    throw new SedError(busybox, `-e expression #${expr}, char ${i}: ${gnu}`);
  };
  const skipSpace = (): void => {
    while (i < script.length && /[ \t]/.test(script[i]!)) i++;
  };
  const delimited = (delim: string, what: string): string => {
    let out = '';
    while (i < script.length && script[i] !== delim) {
      if (script[i] === '\\' && i + 1 < script.length) {
        if (script[i + 1] === delim) {
          out += delim;
          i += 2;
          continue;
        }
        if (script[i + 1] === 'n' && what !== 'replacement') {
          out += '\\n';
          i += 2;
          continue;
        }
        out += script.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (script[i] === '\n' && what === 'regex') break;
      out += script[i++];
    }
    if (script[i] !== delim) fail(`unmatched '${delim}'`, `unterminated \`s' command`);
    i++;
    return out;
  };
  const regex = (source: string, flags = ''): RegExp => {
    try {
      return compile(source, { extended, ignoreCase: flags.includes("i"), allMatches: flags.includes("g") });
    } catch {
      return fail(`bad regex '${source}'`, `Invalid regular expression`);
    }
  };
  const address = (): Address | undefined => {
    if (/\d/.test(script[i] ?? '')) {
      let n = '';
      while (/\d/.test(script[i] ?? '')) n += script[i++];
      if (script[i] === '~') {
        i++;
        let step = '';
        while (/\d/.test(script[i] ?? '')) step += script[i++];
        return { type: 'step', first: Number(n), step: Number(step || 0) };
      }
      return { type: 'line', n: Number(n) };
    }
    if (script[i] === '$') {
      i++;
      return { type: 'last' };
    }
    if (script[i] === '/' || script[i] === '\\') {
      const delim = script[i] === '\\' ? script[++i]! : '/';
      i++;
      const source = delimited(delim, 'regex');
      let flags = '';
      if (script[i] === 'I') {
        flags = 'i';
        i++;
      }
      return { type: 'regex', re: regex(source, flags) };
    }
    return undefined;
  };
  const text = (): string => {
    skipSpace();
    if (script[i] === '\\') {
      i++;
      if (script[i] === '\n') i++;
    }
    let out = '';
    while (i < script.length && script[i] !== '\n') {
      if (script[i] === '\\' && i + 1 < script.length) {
        out += script[i + 1] === 'n' ? '\n' : script[i + 1];
        i += 2;
        continue;
      }
      out += script[i++];
    }
    return out;
  };
  const label = (): string => {
    skipSpace();
    let out = '';
    while (i < script.length && !/[;\n}]/.test(script[i]!)) out += script[i++];
    return out.trim();
  };
  const open: number[] = [];
  while (i < script.length) {
    while (i < script.length && /[\s;]/.test(script[i]!)) i++;
    if (i >= script.length) break;
    if (script[i] === '#') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    if (script[i] === '}') {
      const start = open.pop();
      if (start === undefined) fail('unexpected }', 'unexpected `}\'');
      commands[start!]!.end = commands.length;
      commands.push({ negate: false, name: '}' });
      i++;
      continue;
    }
    const a1 = address();
    let a2: Address | undefined;
    if (a1 && script[i] === ',') {
      i++;
      a2 = address();
      if (!a2) fail('no address after comma', 'unexpected `,\'');
    }
    skipSpace();
    let negate = false;
    while (script[i] === '!') {
      negate = true;
      i++;
      skipSpace();
    }
    const name = script[i++];
    if (name === undefined) fail('missing command', 'missing command');
    const base = { ...(a1 ? { a1 } : {}), ...(a2 ? { a2 } : {}), negate, name: name! };
    switch (name) {
      case '{':
        open.push(commands.length);
        commands.push(base);
        break;
      case 's': {
        const delim = script[i++] ?? '';
        if (delim === '' || delim === '\n' || delim === '\\') fail('bad format in substitution expression', "unterminated `s' command");
        const source = delimited(delim, 'regex');
        const replacement = delimited(delim, 'replacement');
        let flags = '';
        let occurrence: number | undefined;
        let print = false;
        while (i < script.length && /[gpiIe0-9]/.test(script[i]!)) {
          const f = script[i++]!;
          if (f === 'g') flags += 'g';
          else if (f === 'p') print = true;
          else if (f === 'i' || f === 'I') flags += 'i';
          else if (/\d/.test(f)) occurrence = (occurrence ?? 0) * 10 + Number(f);
        }
        skipSpace();
        if (i < script.length && !/[;\n}#]/.test(script[i]!)) fail('bad option in substitution expression', "unknown option to `s'");
        commands.push({ ...base, re: regex(source, `${flags.includes('i') ? 'i' : ''}g`), replacement, allMatches: flags.includes("g"), ...(occurrence !== undefined ? { occurrence } : {}), print });
        break;
      }
      case 'y': {
        const delim = script[i++] ?? '/';
        const from = delimited(delim, 'y');
        const to = delimited(delim, 'y');
        if ([...from].length !== [...to].length) fail("strings for 'y' command are different lengths", "strings for `y' command are different lengths");
        commands.push({ ...base, from, to });
        break;
      }
      case 'a':
      case 'i':
      case 'c':
        commands.push({ ...base, text: text() });
        break;
      case 'b':
      case 't':
      case 'T':
      case ':':
        commands.push({ ...base, text: label() });
        break;
      case 'p':
      case 'P':
      case 'd':
      case 'D':
      case 'q':
      case 'Q':
      case '=':
      case 'n':
      case 'N':
      case 'h':
      case 'H':
      case 'g':
      case 'G':
      case 'x':
      case 'l':
        commands.push(base);
        break;
      default:
        fail(`unsupported command ${name}`, `unknown command: \`${name}'`);
    }
  }
  if (open.length > 0) fail('unterminated {', 'unmatched `{\'');
  return commands;
}
