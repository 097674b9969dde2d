/**
 * @module
 * Word expansion (POSIX 2.6): tilde, parameters (with `${…}` operators), command substitution,
 * arithmetic, then field splitting on `$IFS` (only what came from unquoted expansions), pathname
 * expansion (only unquoted glob characters) and quote removal. `"$@"` makes one field per
 * positional parameter, and a word that expands to nothing unquoted disappears.
 */
import type { ProcessFs } from '../types.js';
import { ArithError, evaluate } from './arith.js';
import type { ParamPart, Script, Word, WordPart } from './ast.js';
import { braceExpand } from './brace.js';
import type { Failure } from './flavour.js';
import { escapePattern, globPaths, hasGlob, replacePattern, trimPattern, unescapePattern } from './pattern.js';
import type { ShellState } from './state.js';

/** What expansion needs from the running shell. */
export interface ExpandHost {
  readonly state: ShellState;
  readonly fs: ProcessFs;
  /** Special and dynamic parameters (`$?`, `$$`, `$RANDOM`, `$LINENO`…), undefined when not special. */
  special(name: string): string | undefined;
  /** Runs a command substitution and returns its output (trailing newlines are removed here). */
  substitute(script: Script): Promise<string>;
  /** Reports an expansion error (the shell prints it and unwinds). */
  fail(failure: Failure): never;
  /** A user's home directory (`~user`), from /etc/passwd. */
  home(user: string): string | undefined;
  /** Case-modification and `${!x}` are bash features. */
  readonly bash: boolean;
}

interface Seg {
  readonly text: string;
  /** Quoted text: never split, never a glob. */
  readonly quoted: boolean;
}

class Fields {
  readonly fields: { segs: Seg[]; real: boolean }[] = [{ segs: [], real: false }];

  get current(): { segs: Seg[]; real: boolean } {
    return this.fields[this.fields.length - 1]!;
  }
  add(text: string, quoted: boolean): void {
    this.current.segs.push({ text, quoted });
    if (quoted || text !== '') this.current.real = true;
  }
  /** Marks the current field as existing even if empty (`""`). */
  touch(): void {
    this.current.real = true;
  }
  break(): void {
    if (this.current.segs.length > 0 || this.current.real) this.fields.push({ segs: [], real: false });
  }
  /** Adds the result of an unquoted expansion, split on IFS. */
  split(text: string, ifs: string): void {
    if (text === '') return;
    const pieces = splitIfs(text, ifs);
    if (pieces.leading) this.break();
    pieces.fields.forEach((piece, i) => {
      if (i > 0) this.break();
      this.add(piece, false);
      if (piece === '' && i > 0) this.touch();
    });
    if (pieces.trailing) this.break();
  }
}

/** Splits on IFS: whitespace runs separate, each other IFS character delimits (POSIX 2.6.5). */
export function splitIfs(text: string, ifs: string): { fields: string[]; leading: boolean; trailing: boolean } {
  if (ifs === '') return { fields: [text], leading: false, trailing: false };
  const isWs = (c: string): boolean => ifs.includes(c) && (c === ' ' || c === '\t' || c === '\n');
  const isSep = (c: string): boolean => ifs.includes(c);
  const fields: string[] = [];
  let i = 0;
  let leading = false;
  while (i < text.length && isWs(text[i]!)) (i++, (leading = true));
  let trailing = false;
  while (i < text.length) {
    let field = '';
    while (i < text.length && !isSep(text[i]!)) field += text[i++];
    fields.push(field);
    if (i >= text.length) break;
    while (i < text.length && isWs(text[i]!)) i++;
    if (i < text.length && isSep(text[i]!)) {
      i++;
      while (i < text.length && isWs(text[i]!)) i++;
    }
    if (i >= text.length) trailing = true;
  }
  return { fields, leading, trailing };
}

/** Expands words into fields: splitting and pathname expansion included (command arguments). */
export async function expandWords(words: readonly Word[], host: ExpandHost): Promise<string[]> {
  const out: string[] = [];
  for (const word of host.bash ? words.flatMap(braceExpand) : words) {
    const fields = new Fields();
    await expandParts(word.parts, host, fields, false);
    for (const field of fields.fields) {
      if (!field.real && field.segs.every((s) => s.text === '')) continue;
      out.push(...glob(field.segs, host));
    }
  }
  return out;
}

/** Expands a word to one string: no splitting, no globbing (assignments, `case` words, here-docs). */
export async function expandWord(word: Word, host: ExpandHost): Promise<string> {
  const fields = new Fields();
  await expandParts(word.parts, host, fields, true);
  return fields.fields.map((f) => f.segs.map((s) => s.text).join('')).join(' ');
}

/** Expands a word as a pattern: quoted characters are escaped so they match literally. */
export async function expandPattern(word: Word, host: ExpandHost): Promise<string> {
  const fields = new Fields();
  await expandParts(word.parts, host, fields, true, true);
  return fields.fields.map((f) => f.segs.map((s) => (s.quoted ? escapePattern(s.text) : s.text)).join('')).join(' ');
}

function glob(segs: readonly Seg[], host: ExpandHost): string[] {
  const plain = segs.map((s) => s.text).join('');
  if (host.state.options.noglob || !segs.some((s) => !s.quoted && hasGlob(s.text))) return [plain];
  const pattern = segs.map((s) => (s.quoted ? escapePattern(s.text) : s.text)).join('');
  const matches = globPaths(host.fs, host.state.cwd, pattern, !host.bash);
  return matches.length > 0 ? matches : [plain];
}

/**
 * Expands `parts` into `fields`. `noSplit`: the context never splits (assignment, double quotes);
 * `pattern`: literal text stays unquoted so its glob characters work.
 */
async function expandParts(parts: readonly WordPart[], host: ExpandHost, fields: Fields, noSplit: boolean, pattern = false, inDouble = false, splitLiterals = false): Promise<void> {
  const ifs = host.state.get('IFS') ?? ' \t\n';
  const emit = (text: string): void => (inDouble ? fields.add(text, true) : noSplit ? fields.add(text, false) : fields.split(text, ifs));
  for (const part of parts) {
    switch (part.type) {
      case 'literal':
        // The word of an unquoted `${x:-word}` is split like any expansion result.
        if (splitLiterals) emit(part.text);
        else fields.add(part.text, inDouble);
        break;
      case 'quoted':
        fields.add(part.text, true);
        break;
      case 'tilde': {
        const home = part.user === '' ? (host.state.get('HOME') ?? '') : host.home(part.user);
        fields.add(home ?? `~${part.user}`, true);
        break;
      }
      case 'double':
        fields.touch();
        await expandParts(part.parts, host, fields, noSplit, pattern, true);
        break;
      case 'command': {
        const output = (await host.substitute(part.body)).replace(/\n+$/, '');
        emit(output);
        break;
      }
      case 'arith':
        emit(await arithmetic(part.expr, host));
        break;
      case 'param':
        await expandParam(part, host, fields, noSplit, pattern, inDouble, emit);
        break;
    }
  }
}

/** Evaluates `$((…))`. */
export async function arithmetic(expr: Word, host: ExpandHost): Promise<string> {
  const text = await expandWord(expr, host);
  try {
    return String(evaluate(text, { get: (n) => lookup(host, n), set: (n, v) => assign(host, n, v) }));
  } catch (error) {
    if (error instanceof ArithError) host.fail({ kind: 'arith', message: host.bash ? error.bashMessage : error.ashMessage, expr: text.trim(), token: error.token.trim() });
    throw error;
  }
}

function lookup(host: ExpandHost, name: string): string | undefined {
  return host.special(name) ?? host.state.get(name);
}

function assign(host: ExpandHost, name: string, value: string): void {
  try {
    host.state.set(name, value);
  } catch {
    host.fail({ kind: 'read-only', name });
  }
}

async function expandParam(part: ParamPart, host: ExpandHost, fields: Fields, noSplit: boolean, pattern: boolean, inDouble: boolean, emit: (text: string) => void): Promise<void> {
  const { name, op } = part;
  const state = host.state;
  if ((name === '@' || name === '*') && op === undefined) {
    const params = state.positional;
    if (name === '@' && inDouble) {
      params.forEach((p, i) => {
        if (i > 0) fields.break();
        fields.add(p, true);
      });
      if (params.length === 0 && fields.current.segs.length === 0) fields.current.real = false;
      return;
    }
    const ifs = state.get('IFS');
    if (inDouble || noSplit) return emit(params.join(name === '*' || !inDouble ? (ifs ?? ' ').slice(0, 1) : ' '));
    params.forEach((p, i) => {
      if (i > 0) fields.break();
      fields.split(p, state.get('IFS') ?? ' \t\n');
    });
    return;
  }
  let value = op === '!' ? lookup(host, lookup(host, name) ?? '') : lookup(host, name);
  if (name === '@' || name === '*') value = state.positional.join(' ');
  const isSet = value !== undefined || (/^\d+$/.test(name) && Number(name) <= state.positional.length && Number(name) > 0);
  const nullish = value === undefined || value === '';
  const sub = async (word: Word | undefined): Promise<string> => (word ? expandWord(word, host) : '');
  const subPattern = async (word: Word | undefined): Promise<string> => (word ? expandPattern(word, host) : '');
  const subInto = async (word: Word | undefined): Promise<void> => {
    if (word) await expandParts(word.parts, host, fields, noSplit, pattern, inDouble, !inDouble && !noSplit);
  };
  switch (op) {
    case '-':
    case ':-':
      if (op === ':-' ? nullish : !isSet) return subInto(part.arg);
      break;
    case '=':
    case ':=':
      if (op === ':=' ? nullish : !isSet) {
        value = await sub(part.arg);
        assign(host, name, value);
      }
      break;
    case '?':
    case ':?':
      if (op === ':?' ? nullish : !isSet) {
        const message = await sub(part.arg);
        host.fail({ kind: 'null-or-unset', name, ...(message ? { message } : op === '?' ? { message: 'parameter not set' } : {}) });
      }
      break;
    case '+':
    case ':+':
      if (op === ':+' ? !nullish : isSet) return subInto(part.arg);
      return;
    case 'len':
      return emit(String(name === '#' || name === '@' || name === '*' ? state.positional.length : [...(value ?? '')].length));
    case '#':
    case '##':
    case '%':
    case '%%':
      checkSet(host, name, value);
      return emit(trimPattern(value ?? '', await subPattern(part.arg), op));
    case '/':
    case '//':
    case '/#':
    case '/%':
      checkSet(host, name, value);
      return emit(replacePattern(value ?? '', await subPattern(part.arg), unescapePattern(await sub(part.arg2)), op));
    case ':': {
      checkSet(host, name, value);
      const chars = [...(value ?? '')];
      const offset = Number(await arithmetic(part.arg!, host));
      const start = offset < 0 ? Math.max(0, chars.length + offset) : Math.min(offset, chars.length);
      let end = chars.length;
      if (part.arg2) {
        const length = Number(await arithmetic(part.arg2, host));
        end = length < 0 ? chars.length + length : start + length;
      }
      return emit(chars.slice(start, Math.max(start, end)).join(''));
    }
    case '^':
    case '^^':
    case ',':
    case ',,': {
      checkSet(host, name, value);
      const v = value ?? '';
      const upper = op.startsWith('^');
      const conv = (s: string): string => (upper ? s.toUpperCase() : s.toLowerCase());
      return emit(op.length === 2 ? conv(v) : conv(v.slice(0, 1)) + v.slice(1));
    }
    default:
      break;
  }
  checkSet(host, name, value);
  if (value !== undefined) emit(value);
}

function checkSet(host: ExpandHost, name: string, value: string | undefined): void {
  if (value === undefined && host.state.options.nounset && name !== '@' && name !== '*') host.fail({ kind: 'unset', name });
}
