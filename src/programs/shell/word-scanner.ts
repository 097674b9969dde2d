/**
 * @module
 * Reads words as the shell's tokenizer does (POSIX 2.3, 2.6): quotes, backslashes, `$name`,
 * `${…}` with its operators, `$(…)`, backquotes, `$((…))`, `$'…'` and a leading `~`. The parts
 * keep what was quoted, because splitting and globbing later apply only to unquoted parts.
 */
import type { Script, Word, WordPart } from './ast.js';
import { scanBraced } from './param-scanner.js';
import type { Source } from './source.js';

/** What the word scanner needs from the parser. */
export interface ScanContext {
  /** Parses a command list at `src.pos` through the `)` that closes `$(`. */
  parseSubstitution(src: Source): Script;
  /** Parses the text of a backquoted command. */
  parseText(text: string, line: number): Script;
}

const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
/** Single-character special parameters. */
export const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
/** The first character of a name. */
export const NAME_START = /[A-Za-z_]/;
/** Later characters of a name. */
export const NAME_CHAR = /[A-Za-z0-9_]/;

/** True for a character that ends an unquoted word. */
export function isMeta(c: string): boolean {
  return META.has(c);
}

/** Appends literal text, merging with a previous literal. */
export function pushLiteral(parts: WordPart[], text: string, type: 'literal' | 'quoted' = 'literal'): void {
  const last = parts[parts.length - 1];
  if (last && last.type === type) parts[parts.length - 1] = { type, text: last.text + text };
  else parts.push({ type, text });
}

/** Reads an unquoted word at the current position (the caller knows one starts here). */
export function scanWord(src: Source, ctx: ScanContext): Word {
  const start = src.pos;
  const parts: WordPart[] = [];
  if (src.peek() === '~') scanTilde(src, parts);
  while (!src.eof && !isMeta(src.peek())) scanOne(src, ctx, parts, 'word');
  return { parts, text: src.text.slice(start, src.pos).replace(/\\\n/g, '') };
}

/** A leading `~name` (unquoted, up to `/` or the end of the word) becomes a tilde part. */
function scanTilde(src: Source, parts: WordPart[]): void {
  let i = 1;
  while (/[A-Za-z0-9_.-]/.test(src.peek(i))) i++;
  const after = src.peek(i);
  if (after !== '' && after !== '/' && !isMeta(after)) return;
  parts.push({ type: 'tilde', user: src.text.slice(src.pos + 1, src.pos + i) });
  src.skip(i);
}

/** Where in a word the scanner is. */
export type Mode = 'word' | 'double' | 'heredoc' | 'param' | 'arith';

/** Scans one element (a char, a quote, an expansion) in `mode` and appends it to `parts`. */
export function scanOne(src: Source, ctx: ScanContext, parts: WordPart[], mode: Mode): void {
  const c = src.peek();
  if (c === '\\') return scanBackslash(src, parts, mode);
  if (c === "'" && (mode === 'word' || mode === 'param')) {
    const line = src.line;
    src.next();
    const end = src.text.indexOf("'", src.pos);
    if (end < 0) throw src.error({ kind: 'unterminated', quote: "'" }, true, line);
    pushLiteral(parts, src.text.slice(src.pos, end), 'quoted');
    while (src.pos <= end) src.nextRaw();
    return;
  }
  if (c === '"' && (mode === 'word' || mode === 'param')) {
    const line = src.line;
    src.next();
    const inner: WordPart[] = [];
    while (src.peek() !== '"') {
      if (src.eof) throw src.error({ kind: 'unterminated', quote: '"' }, true, line);
      scanOne(src, ctx, inner, 'double');
    }
    src.next();
    parts.push({ type: 'double', parts: inner });
    return;
  }
  if (c === '`') return void parts.push(scanBackquote(src, ctx, mode === 'double' || mode === 'heredoc'));
  if (c === '$') return scanDollar(src, ctx, parts, mode);
  pushLiteral(parts, src.next(), mode === 'double' || mode === 'heredoc' ? 'quoted' : 'literal');
}

function scanBackslash(src: Source, parts: WordPart[], mode: Mode): void {
  const next = src.peek(1);
  if (next === '\n') return src.skip(2); // line continuation
  if (next === '') {
    src.next();
    return pushLiteral(parts, '\\', mode === 'word' ? 'literal' : 'quoted');
  }
  // In double quotes and here-documents a backslash quotes only $ ` " \ (and " not in here-docs).
  if ((mode === 'double' && !'$`"\\'.includes(next)) || (mode === 'heredoc' && !'$`\\'.includes(next))) {
    src.next();
    return pushLiteral(parts, '\\', 'quoted');
  }
  if (mode === 'arith') {
    src.next();
    return pushLiteral(parts, src.next(), 'literal');
  }
  src.skip(1);
  pushLiteral(parts, src.next(), 'quoted');
}

function scanBackquote(src: Source, ctx: ScanContext, inDouble: boolean): WordPart {
  const line = src.line;
  src.next();
  let text = '';
  for (;;) {
    if (src.eof) throw src.error({ kind: 'unterminated', quote: '`' }, true, line);
    const c = src.next();
    if (c === '`') break;
    if (c === '\\') {
      const n = src.peek();
      if (n === '$' || n === '`' || n === '\\' || (inDouble && n === '"')) {
        text += src.next();
        continue;
      }
    }
    text += c;
  }
  return { type: 'command', body: ctx.parseText(text, line), backquote: true };
}

function scanDollar(src: Source, ctx: ScanContext, parts: WordPart[], mode: Mode): void {
  const n = src.peek(1);
  if (n === '(') {
    if (src.peek(2) === '(' && isArithmetic(src)) return void parts.push(scanArith(src, ctx));
    src.skip(2);
    return void parts.push({ type: 'command', body: ctx.parseSubstitution(src), backquote: false });
  }
  if (n === '{') return void parts.push(scanBraced(src, ctx, mode === 'double' || mode === 'heredoc'));
  if (n === "'" && (mode === 'word' || mode === 'param')) {
    src.skip(2);
    return pushLiteral(parts, scanAnsi(src), 'quoted');
  }
  if (NAME_START.test(n)) {
    src.next();
    let name = '';
    while (NAME_CHAR.test(src.peek())) name += src.next();
    return void parts.push({ type: 'param', name });
  }
  if (/[0-9]/.test(n) || SPECIAL_PARAMS.has(n)) {
    src.skip(2);
    return void parts.push({ type: 'param', name: n });
  }
  src.next();
  pushLiteral(parts, '$', mode === 'double' || mode === 'heredoc' ? 'quoted' : 'literal');
}

/** At `$((`: true when the matching close is `))` (arithmetic), false for `$( (…) )`. */
function isArithmetic(src: Source): boolean {
  let depth = 2;
  for (let i = src.pos + 3; i < src.text.length; i++) {
    const c = src.text[i];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 1) return src.text[i + 1] === ')';
    }
  }
  return true; // unterminated: let the arithmetic scanner report it
}

function scanArith(src: Source, ctx: ScanContext): WordPart {
  src.skip(3);
  return { type: 'arith', expr: scanArithmetic(src, ctx) };
}

/** The expression of `$((…))` or bash's `((…))`, from its first character through the closing `))`. */
export function scanArithmetic(src: Source, ctx: ScanContext): Word {
  const line = src.line;
  const start = src.pos;
  const parts: WordPart[] = [];
  let depth = 0;
  for (;;) {
    if (src.eof) throw src.error({ kind: 'missing', what: '))' }, true, line);
    const c = src.peek();
    if (c === ')' && depth === 0) {
      if (src.peek(1) !== ')') throw src.error({ kind: 'missing', what: '))' }, false, line);
      src.skip(2);
      break;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === '$' || c === '`' || c === '\\' || c === '"' || c === "'") scanOne(src, ctx, parts, c === '"' || c === "'" ? 'param' : 'arith');
    else pushLiteral(parts, src.next());
  }
  return { parts, text: src.text.slice(start, src.pos - 2) };
}

/** `$'…'` (bash, ash): C escapes. */
function scanAnsi(src: Source): string {
  const line = src.line;
  let out = '';
  for (;;) {
    if (src.eof) throw src.error({ kind: 'unterminated', quote: "'" }, true, line);
    const c = src.next();
    if (c === "'") return out;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = src.next();
    const simple: { [k: string]: string } = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
    if (e in simple) out += simple[e];
    else if (e === 'x') {
      let hex = '';
      while (hex.length < 2 && /[0-9a-fA-F]/.test(src.peek())) hex += src.next();
      out += hex ? String.fromCharCode(parseInt(hex, 16)) : '\\x';
    } else if (/[0-7]/.test(e)) {
      let oct = e;
      while (oct.length < 3 && /[0-7]/.test(src.peek())) oct += src.next();
      out += String.fromCharCode(parseInt(oct, 8) & 0xff);
    } else out += `\\${e}`;
  }
}

/** The parts of a here-document body (expansions and `\$`, `` \` ``, `\\` only). */
export function scanHereBody(src: Source, ctx: ScanContext): Word {
  const start = src.pos;
  const parts: WordPart[] = [];
  while (!src.eof) scanOne(src, ctx, parts, 'heredoc');
  return { parts: [{ type: 'double', parts }], text: src.text.slice(start) };
}
