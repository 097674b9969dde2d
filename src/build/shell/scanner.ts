/**
 * @module
 * The character scanner behind {@link ShellLex} (BuildKit `shell/lex.go` `shellWord`): quotes,
 * the escape character, `$VAR` and every `${VAR…}` form, `<<` kept whole for heredocs, and words
 * collected as it goes. Failures are {@link LexFailure}s, which ShellLex words as Docker does.
 */
import { isDigit, isLetter } from '../go/unicode.js';
import type { Env } from './env.js';
import type { ShellLexOptions } from './lex.js';
import { shellPatternToRegex, ShellPatternError, trimPrefix, trimSuffix } from './pattern.js';
import { WordCollector } from './words.js';

/** A lexing failure before it is wrapped as `failed to process "<word>": …`. */
export class LexFailure extends Error {}

/** The end of the word. */
export const EOF = '';

/** Scans one word. */
export class Scanner {
  private readonly runes: readonly string[];
  private pos = 0;
  /** Variables referenced and set. */
  readonly matched = new Set<string>();
  /** Variables referenced but unset. */
  readonly unmatched = new Set<string>();
  private rawEscapes: boolean;

  constructor(
    word: string,
    private readonly escapeToken: string,
    private readonly options: ShellLexOptions,
    private readonly env: Env,
  ) {
    this.runes = Array.from(word);
    this.rawEscapes = options.rawEscapes ?? false;
  }

  private peek(): string {
    return this.runes[this.pos] ?? EOF;
  }

  private next(): string {
    const ch = this.runes[this.pos] ?? EOF;
    if (ch !== EOF) this.pos++;
    return ch;
  }

  /** Scans up to `stopChar` (consumed) or the end (`EOF`): the text and its words. */
  processStopOn(stopChar: string, rawEscapes: boolean): { result: string; words: string[] } {
    let result = '';
    const words = new WordCollector();
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.peek() !== EOF) {
        const ch = this.peek();
        if (stopChar !== EOF && ch === stopChar) {
          this.next();
          return { result, words: words.finish() };
        }
        const special = this.special(ch);
        if (special) {
          const tmp = special();
          result += tmp;
          if (ch === '$') words.addString(tmp);
          else words.addRawString(tmp);
          continue;
        }
        let c = this.next();
        if (c === this.escapeToken) {
          if (this.rawEscapes) {
            words.addRawChar(c);
            result += c;
          }
          // The escape character escapes the next one, except at the end of the word.
          c = this.next();
          if (c === EOF) break;
          words.addRawChar(c);
        } else {
          words.addChar(c);
        }
        result += c;
      }
      if (stopChar !== EOF) throw new LexFailure(`unexpected end of statement while looking for matching ${stopChar}`);
      return { result, words: words.finish() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private special(ch: string): (() => string) | undefined {
    if (ch === '$') return () => this.processDollar();
    if (ch === '<') return () => this.processPossibleHeredoc();
    if (this.options.skipProcessQuotes) return undefined;
    if (ch === "'") return () => this.processSingleQuote();
    if (ch === '"') return () => this.processDoubleQuote();
    return undefined;
  }

  private processSingleQuote(): string {
    // Everything up to the next ' is literal; a ' cannot be escaped inside.
    const raw = this.options.rawQuotes ?? false;
    let result = raw ? this.next() : (this.next(), '');
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new LexFailure('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return raw ? result + ch : result;
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    // Literal up to the next ", except $ and the escape character (which escapes " $ and itself).
    const raw = this.options.rawQuotes ?? false;
    let result = raw ? this.next() : (this.next(), '');
    for (;;) {
      const peek = this.peek();
      if (peek === EOF) throw new LexFailure('unexpected end of statement while looking for matching double-quote');
      if (peek === '"') {
        const ch = this.next();
        return raw ? result + ch : result;
      }
      if (peek === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === this.escapeToken) {
        if (this.rawEscapes) result += ch;
        const after = this.peek();
        if (after === EOF) continue;
        if (after === '"' || after === '$' || after === this.escapeToken) ch = this.next();
      }
      result += ch;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.options.skipUnsetEnv) return `$${name}`;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new LexFailure("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexFailure('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let chs = ch === EOF ? '\ufffd' : ch;
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.options.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    if (ch === '/') return this.processReplace(name);
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      chs += ch === EOF ? '\ufffd' : ch;
    } else if (!['+', '-', '?', '#', '%'].includes(ch)) {
      throw new LexFailure(`unsupported modifier (${chs}) in substitution`);
    }
    const rawEscapes = ch === '#' || ch === '%';
    if (nullIsUnset && rawEscapes) throw new LexFailure(`unsupported modifier (${chs}) in substitution`);
    let word: string;
    try {
      word = this.processStopOn('}', rawEscapes).result;
    } catch (e) {
      if (e instanceof LexFailure && this.peek() === EOF) throw new LexFailure("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    if (this.options.skipUnsetEnv && value === undefined) return `\${${name}${chs}${word}}`;
    const unsetLike = value === undefined || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return unsetLike ? word : value!;
      case '+':
        return unsetLike ? '' : word;
      case '?':
        if (value === undefined) throw new LexFailure(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new LexFailure(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
        return value;
      case '%':
      case '#': {
        // %/# remove the shortest match, %%/## the longest.
        const greedy = word.startsWith(ch);
        const pattern = greedy ? word.slice(1) : word;
        try {
          return ch === '%' ? trimSuffix(pattern, value ?? '', greedy) : trimPrefix(pattern, value ?? '', greedy);
        } catch (e) {
          if (e instanceof ShellPatternError) throw new LexFailure(`invalid pattern (${pattern}) in substitution: ${e.message}`);
          throw e;
        }
      }
      default:
        throw new LexFailure(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private processReplace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    const part = (stop: string, missing: string): string => {
      try {
        return this.processStopOn(stop, true).result;
      } catch (e) {
        if (e instanceof LexFailure && this.peek() === EOF) throw new LexFailure(missing);
        throw e;
      }
    };
    const pattern = part('/', "syntax error: missing '/' in ${}");
    const replacement = part('}', "syntax error: missing '}'");
    const value = this.getEnv(name);
    if (this.options.skipUnsetEnv && value === undefined) return `\${${name}/${pattern}/${replacement}}`;
    let re: RegExp;
    try {
      re = shellPatternToRegex(pattern, true, false);
    } catch (e) {
      if (e instanceof ShellPatternError) throw new LexFailure(`invalid pattern (${pattern}) in substitution: ${e.message}`);
      throw e;
    }
    const text = value ?? '';
    // Go's regexp replacement would expand `$name` templates; patterns here rarely produce them.
    if (all) return text.replace(new RegExp(re.source, 'gu'), () => replacement);
    const m = re.exec(text);
    return m === null ? text : text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length);
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name === '' && isDigit(ch)) {
        // Positional parameters ($1, ${10}) are never set in a Dockerfile.
        while (this.peek() !== EOF && isDigit(this.peek())) name += this.next();
        return name;
      }
      if (name === '' && SPECIAL_PARAMS.has(ch)) return this.next();
      if (!isLetter(ch) && !isDigit(ch) && ch !== '_') break;
      name += this.next();
    }
    return name;
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== '<') return '<';
    this.next();
    // Whitespace between << and the heredoc word stays part of the same word.
    let space = '';
    while (this.peek() === '\t' || this.peek() === '\r' || this.peek() === ' ') space += this.next();
    return `<<${space}`;
  }

  private getEnv(name: string): string | undefined {
    const value = this.env.get(name);
    if (value === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return value;
  }
}

// POSIX special parameters ($@ $* $# $? $- $$ $! $0), never set in a Dockerfile.
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
