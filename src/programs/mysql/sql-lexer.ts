/**
 * @module
 * Tokens of MySQL's SQL: words, `backquoted` and quoted names, 'strings' (with `\` escapes and
 * doubled quotes), numbers and punctuation. Each token keeps its offset so a syntax error can
 * quote the statement "near" where it stopped, as the server does.
 */
import { syntaxError } from './sql-error.js';

/** One token. */
export interface Token {
  readonly kind: 'word' | 'name' | 'string' | 'number' | 'punct' | 'end';
  readonly text: string;
  readonly at: number;
}

const ESCAPES: { readonly [c: string]: string } = { n: '\n', t: '\t', r: '\r', '0': '\0', Z: '\x1a' };

function quoted(sql: string, start: number, quote: string): [string, number] {
  let out = '';
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === '\\' && quote !== '`' && i + 1 < sql.length) {
      const next = sql[i + 1]!;
      out += ESCAPES[next] ?? next;
      i += 2;
    } else if (c === quote) {
      if (sql[i + 1] === quote) {
        out += quote;
        i += 2;
      } else return [out, i + 1];
    } else {
      out += c;
      i++;
    }
  }
  throw syntaxError(sql.slice(start));
}

/** Splits one statement into tokens, ending with an `end` token. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && sql[i + 1] === '-' || c === '#') {
      while (i < sql.length && sql[i] !== '\n') i++;
    } else if (c === "'" || c === '"' || c === '`') {
      const [text, next] = quoted(sql, i, c);
      tokens.push({ kind: c === '`' ? 'name' : 'string', text, at: i });
      i = next;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      const m = /^[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|^[0-9]+/.exec(sql.slice(i))!;
      tokens.push({ kind: 'number', text: m[0], at: i });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z0-9_$]+/.exec(sql.slice(i))!;
      tokens.push({ kind: 'word', text: m[0], at: i });
      i += m[0].length;
    } else {
      const two = sql.slice(i, i + 2);
      const text = ['<>', '!=', '<=', '>='].includes(two) ? two : c;
      tokens.push({ kind: 'punct', text, at: i });
      i += text.length;
    }
  }
  tokens.push({ kind: 'end', text: '', at: sql.length });
  return tokens;
}
