/**
 * @module
 * `${…}` parameter expansions as written: `${name}`, `${#name}`, `${!name}`, and the operators
 * `:-` `-` `:=` `=` `:?` `?` `:+` `+`, `#` `##` `%` `%%`, `/` `//` `/#` `/%`, `:offset:length`,
 * `^` `^^` `,` `,,` — each operand itself a word (quotes in it quote, even inside `"…"` for
 * pattern operators).
 */
import type { ParamPart, Word, WordPart } from './ast.js';
import type { Source } from './source.js';
import { NAME_CHAR, NAME_START, pushLiteral, scanOne, SPECIAL_PARAMS, type ScanContext } from './word-scanner.js';

const OPS = [':-', ':=', ':?', ':+', '-', '=', '?', '+', '##', '#', '%%', '%', '//', '/#', '/%', '/', '^^', '^', ',,', ','];

/** `${…}`. */
export function scanBraced(src: Source, ctx: ScanContext, inDouble: boolean): ParamPart {
  const line = src.line;
  const start = src.pos;
  src.skip(2);
  const bad = (): Error => {
    let end = src.text.indexOf('}', src.pos);
    if (end < 0) end = src.text.length - 1;
    return src.error({ kind: 'bad-substitution', text: src.text.slice(start, end + 1) }, false, line);
  };
  let prefix = '';
  if ((src.peek() === '#' || src.peek() === '!') && src.peek(1) !== '}' && !(src.peek() === '#' && ':-=?+'.includes(src.peek(1)) && src.peek(2) !== '}')) prefix = src.next();
  let name = '';
  if (NAME_START.test(src.peek())) while (NAME_CHAR.test(src.peek())) name += src.next();
  else if (/[0-9]/.test(src.peek())) while (/[0-9]/.test(src.peek())) name += src.next();
  else if (SPECIAL_PARAMS.has(src.peek())) name = src.next();
  if (name === '') {
    if (src.eof) throw src.error({ kind: 'missing', what: '}' }, true, line);
    throw bad();
  }
  if (prefix) {
    if (src.peek() !== '}') throw bad();
    src.next();
    return { type: 'param', name, op: prefix === '#' ? 'len' : '!' };
  }
  if (src.peek() === '}') {
    src.next();
    return { type: 'param', name };
  }
  if (src.peek() === ':' && !'-=?+'.includes(src.peek(1))) {
    src.next();
    const offset = scanParamWord(src, ctx, inDouble, line, [':', '}']);
    if (src.peek() === ':') {
      src.next();
      const length = scanParamWord(src, ctx, inDouble, line, ['}']);
      src.next();
      return { type: 'param', name, op: ':', arg: offset, arg2: length };
    }
    src.next();
    return { type: 'param', name, op: ':', arg: offset };
  }
  const op = OPS.find((o) => src.startsWith(o));
  if (!op) {
    if (src.eof) throw src.error({ kind: 'missing', what: '}' }, true, line);
    throw bad();
  }
  src.skip(op.length);
  if (op.startsWith('/')) {
    const pattern = scanParamWord(src, ctx, inDouble, line, ['/', '}'], true);
    let replacement: Word | undefined;
    if (src.peek() === '/') {
      src.next();
      replacement = scanParamWord(src, ctx, inDouble, line, ['}']);
    }
    src.next();
    return { type: 'param', name, op, arg: pattern, ...(replacement ? { arg2: replacement } : {}) };
  }
  const arg = scanParamWord(src, ctx, inDouble, line, ['}'], op.startsWith('#') || op.startsWith('%'));
  src.next();
  return { type: 'param', name, op, arg };
}

/** The word inside `${…}` up to one of `stops` (at brace depth 0). */
function scanParamWord(src: Source, ctx: ScanContext, inDouble: boolean, line: number, stops: readonly string[], pattern = false): Word {
  const start = src.pos;
  const parts: WordPart[] = [];
  let depth = 0;
  for (;;) {
    if (src.eof) throw src.error({ kind: 'missing', what: '}' }, true, line);
    const c = src.peek();
    if (depth === 0 && stops.includes(c)) break;
    if (c === '{') depth++;
    if (c === '}') depth--;
    // A pattern (`#`, `%`, `/`) is a pattern even inside "…": its own quotes quote, the rest matches.
    if (pattern) scanOne(src, ctx, parts, 'param');
    else if (inDouble && c === "'") pushLiteral(parts, src.next(), 'quoted');
    else if (inDouble && c === '"') {
      // "${x:+"a b"}": the inner quotes quote, they are not literal.
      src.next();
      while (src.peek() !== '"') {
        if (src.eof) throw src.error({ kind: 'unterminated', quote: '"' }, true, line);
        scanOne(src, ctx, parts, 'double');
      }
      src.next();
    } else scanOne(src, ctx, parts, inDouble ? 'double' : 'param');
  }
  return { parts: inDouble && !pattern ? [{ type: 'double', parts }] : parts, text: src.text.slice(start, src.pos) };
}

