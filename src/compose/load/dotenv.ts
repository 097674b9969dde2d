/**
 * @module
 * `.env` and `env_file` parsing as Compose does it (compose-go `dotenv/parser.go`): `KEY=value`,
 * `KEY: value`, `export KEY=value`, comments, single quotes (literal), double quotes (escapes and
 * `${VAR}` substitution), unquoted values with ` #` comments, bare `KEY` inherited from the
 * environment, a UTF-8 BOM skipped. See https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file-syntax.
 */
import { goQuote } from '../go/format.js';
import { InvalidTemplateError, type Lookup, substitute } from './template.js';

const ESCAPES = /\\(?:[abcfnrtv$"\\]|0[0-9]{0,3})/g;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', c: '\\c', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };

/** Go's `unicode.IsSpace` without line breaks (the parser's `isSpace`). */
const isInlineSpace = (c: string | undefined): boolean => c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === ' ' || c === '\x85' || c === '\xa0';
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

/** Expands the shell escapes of a double-quoted value; `\$` becomes `$$` so it survives substitution. */
function expandEscapes(text: string): string {
  return text.replace(ESCAPES, (m) => {
    if (m === '\\$') return '$$';
    // Go rewrites `\0ddd` to `\ddd` and unquotes it: only three octal digits up to \377 work
    if (m.startsWith('\\0')) return /^\\0[0-3][0-7]{2}$/.test(m) ? String.fromCharCode(parseInt(m.slice(2), 8)) : m;
    return SIMPLE_ESCAPES[m[1]!] ?? m;
  });
}

class Parser {
  line = 1;

  constructor(
    private readonly out: Map<string, string>,
    private readonly lookup: Lookup,
  ) {}

  private expand(value: string): string {
    try {
      return substitute(value, (k) => this.lookup(k) ?? this.out.get(k));
    } catch (e) {
      if (e instanceof InvalidTemplateError) throw new Error(`Invalid template: ${goQuote(e.template ?? value)}`);
      throw e;
    }
  }

  /** Skips blank space and comment lines; returns the rest. */
  private statementStart(src: string): string {
    for (;;) {
      let i = 0;
      while (i < src.length && isSpace(src[i])) {
        if (src[i] === '\n') this.line++;
        i++;
      }
      src = src.slice(i);
      if (src === '' || src[0] !== '#') return src;
      const nl = src.indexOf('\n');
      if (nl < 0) return '';
      src = src.slice(nl);
    }
  }

  private keyName(src: string): { key: string; rest: string; inherited: boolean } {
    if (/^export\s+/.test(src)) src = src.slice('export'.length).replace(/^[\t\v\f\r \x85\xa0]+/, '');
    let key = '';
    let offset = 0;
    let inherited = false;
    let found = false;
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (isInlineSpace(c)) continue;
      if (c === '=' || c === ':' || c === '\n') {
        key = src.slice(0, i);
        offset = i + 1;
        inherited = c === '\n';
        found = true;
        break;
      }
      if (c === '_' || c === '.' || c === '-' || c === '[' || c === ']' || /[\p{L}\p{N}]/u.test(c)) continue;
      throw new Error(`line ${this.line}: unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(src.split('\n')[0])}`);
    }
    if (src === '') throw new Error('zero length string');
    if (!found) key = '';
    if (inherited && !key.includes(' ')) this.line++;
    return { key: key.replace(/\s+$/u, ''), rest: src.slice(offset).replace(/^[\t\v\f\r \x85\xa0]+/, ''), inherited };
  }

  private value(src: string): { value: string; rest: string } {
    const quote = src[0];
    if (quote !== '"' && quote !== "'") {
      const nl = src.indexOf('\n');
      let value = nl < 0 ? src : src.slice(0, nl);
      this.line++;
      const comment = value.indexOf(' #');
      if (comment >= 0) value = value.slice(0, comment);
      return { value: this.expand(value.replace(/\s+$/u, '')), rest: nl < 0 ? '' : src.slice(nl + 1) };
    }
    let escape = false;
    let chars = '';
    for (let i = 1; i < src.length; i++) {
      const c = src[i]!;
      if (c === '\n') this.line++;
      if (c !== quote) {
        if (!escape && c === '\\') {
          escape = true;
          continue;
        }
        if (escape) {
          escape = false;
          chars += '\\';
        }
        chars += c;
        continue;
      }
      if (escape) {
        escape = false;
        chars += c;
        continue;
      }
      return { value: quote === '"' ? this.expand(expandEscapes(chars)) : chars, rest: src.slice(i + 1) };
    }
    const nl = src.indexOf('\n');
    throw new Error(`line ${this.line}: unterminated quoted value ${nl < 0 ? src : src.slice(0, nl)}`);
  }

  parse(src: string): void {
    let rest = src;
    for (;;) {
      rest = this.statementStart(rest);
      if (rest === '') return;
      const { key, rest: afterKey, inherited } = this.keyName(rest);
      if (key.includes(' ')) throw new Error(`line ${this.line}: key cannot contain a space`);
      if (inherited) {
        const value = this.lookup(key);
        if (value !== undefined) this.out.set(key, value);
        rest = afterKey;
        continue;
      }
      const { value, rest: afterValue } = this.value(afterKey);
      this.out.set(key, value);
      rest = afterValue;
    }
  }
}

/**
 * Parses env-file text into `into` (later keys win). `lookup` answers `${VAR}` references and bare
 * `KEY` lines before the file's own earlier keys are consulted. Throws Error with compose's text.
 */
export function parseDotEnv(text: string, lookup: Lookup = () => undefined, into: Map<string, string> = new Map()): Map<string, string> {
  new Parser(into, lookup).parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  return into;
}
