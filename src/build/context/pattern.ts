/**
 * @module
 * One `.dockerignore` pattern, compiled as moby's `patternmatcher.Pattern` does: plain names
 * compare exactly, `dir/**` is a prefix, `**\/name` a suffix, anything else a regular expression
 * built from Go's `filepath.Match` syntax plus `**` (any number of directories). A pattern that
 * does not compile fails every match with `syntax error in pattern`, as in Docker.
 */
import { BadPatternError } from '../go/match.js';

/** How a pattern is matched. */
export type PatternMatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

// Go's regexp `.` (any rune but \n).
const ANY = '[^\\n]';
const GO_ESCAPED = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);
const JS_SYNTAX = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);

/** The JavaScript spelling of the Go regexp escape `\c`; throws for escapes we cannot mirror. */
function escaped(c: string, inClass: boolean): string {
  if (/^[A-Za-z0-9]$/.test(c)) {
    const simple: Record<string, string> = { a: '\\x07', f: '\\f', t: '\\t', n: '\\n', r: '\\r', v: '\\v', d: '\\d', D: '\\D', w: '\\w', W: '\\W' };
    if (simple[c] !== undefined) return simple[c];
    if (c === 's') return inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
    if (!inClass) {
      const anchors: Record<string, string> = { S: '[^\\t\\n\\f\\r ]', b: '\\b', B: '\\B', A: '^', z: '$' };
      if (anchors[c] !== undefined) return anchors[c];
    }
    throw new BadPatternError();
  }
  if (c > '\u007f') throw new BadPatternError();
  if (JS_SYNTAX.has(c)) return `\\${c}`;
  return c === '-' && inClass ? '\\-' : c;
}

/** A compiled `.dockerignore` pattern. */
export class IgnorePattern {
  /** The pattern, cleaned, without its `!`. */
  readonly cleaned: string;
  /** True for an exception (`!pattern`): a match re-includes the path. */
  readonly exclusion: boolean;
  /** The pattern's path elements. */
  readonly dirs: readonly string[];
  private compiled: { type: PatternMatchType; regexp?: RegExp } | BadPatternError | undefined;

  constructor(cleaned: string, exclusion: boolean) {
    this.cleaned = cleaned;
    this.exclusion = exclusion;
    this.dirs = cleaned.split('/');
  }

  /** How this pattern matches (compiling it on first use); throws for a malformed pattern. */
  get matchType(): PatternMatchType {
    return this.compile().type;
  }

  /** False when the pattern passed validation but does not compile (every match then fails). */
  get compiles(): boolean {
    try {
      this.compile();
      return true;
    } catch (e) {
      if (e instanceof BadPatternError) return false;
      throw e;
    }
  }

  /** True when the slash-separated `path` matches; throws {@link BadPatternError}. */
  match(path: string): boolean {
    const { type, regexp } = this.compile();
    switch (type) {
      case 'exact':
        return path === this.cleaned;
      case 'prefix':
        return path.startsWith(this.cleaned.slice(0, -2));
      case 'suffix': {
        const suffix = this.cleaned.slice(2);
        // `**/foo` also matches `foo` itself.
        return path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
      }
      case 'regexp':
        return regexp!.test(path);
    }
  }

  /** The pattern as written (without `!`). */
  toString(): string {
    return this.cleaned;
  }

  private compile(): { type: PatternMatchType; regexp?: RegExp } {
    if (this.compiled === undefined) {
      try {
        this.compiled = compilePattern(this.cleaned);
      } catch (e) {
        if (!(e instanceof BadPatternError)) throw e;
        this.compiled = e;
      }
    }
    if (this.compiled instanceof BadPatternError) throw new BadPatternError();
    return this.compiled;
  }
}

function compilePattern(pattern: string): { type: PatternMatchType; regexp?: RegExp } {
  const runes = Array.from(pattern);
  let re = '^';
  let type: PatternMatchType = 'exact';
  let inClass = false;
  for (let i = 0, n = 0; i < runes.length; n++) {
    const ch = runes[i++]!;
    if (ch === '*') {
      if (runes[i] === '*') {
        i++;
        // `**/` is `**`.
        if (runes[i] === '/') i++;
        if (i >= runes.length) {
          // A trailing `**` matches everything below, like .gitignore.
          if (type === 'exact') type = 'prefix';
          else {
            re += `${ANY}*`;
            type = 'regexp';
          }
        } else {
          re += `(?:${ANY}*/)?`;
          type = 'regexp';
        }
        if (n === 0) type = 'suffix';
      } else {
        re += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      re += '[^/]';
      type = 'regexp';
    } else if (GO_ESCAPED.has(ch)) {
      re += `\\${ch}`;
    } else if (ch === '\\') {
      if (i < runes.length) {
        re += escaped(runes[i++]!, inClass);
        type = 'regexp';
      } else {
        re += '\\\\';
      }
    } else if (ch === '[' || ch === ']') {
      if (ch === '[' && !inClass) inClass = true;
      else if (ch === ']' && inClass) inClass = false;
      else if (ch === ']') {
        // Go's regexp takes a lone `]` literally; JavaScript's unicode mode needs it escaped.
        re += '\\';
      }
      re += ch;
      type = 'regexp';
    } else {
      // Everything else, `^` included (an anchor, or a negation inside [...]), is the same in
      // Go's and JavaScript's regular expressions.
      re += ch;
    }
  }
  if (type !== 'regexp') return { type };
  try {
    return { type, regexp: new RegExp(`${re}$`, 'u') };
  } catch {
    throw new BadPatternError();
  }
}
