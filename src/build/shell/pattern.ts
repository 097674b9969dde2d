/**
 * @module
 * The shell wildcard patterns of `${VAR#pattern}`, `${VAR%pattern}` and `${VAR/pattern/repl}`
 * in Dockerfile variable substitution (BuildKit `shell/lex.go`): `*` and `?`, backslash escapes,
 * no bracket expressions. Shortest and longest matches come from lazy and greedy regexes; suffix
 * trimming reverses both the pattern and the value to turn it into a prefix search.
 */

/** A malformed substitution pattern (`invalid escape '\x'`). */
export class ShellPatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShellPatternError';
  }
}

// Go's regexp `.` is "any rune but \n"; JavaScript's `.` also refuses \r, U+2028 and U+2029.
const ANY = '[^\\n]';
const REGEX_SPECIAL = new Set(['[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$']);

/** Converts a shell pattern to a regex; throws {@link ShellPatternError} for a bad escape. */
export function shellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  const runes = Array.from(pattern);
  let out = anchored ? '^' : '';
  for (let i = 0; i < runes.length; i++) {
    let tok = runes[i]!;
    if (tok === '*') {
      out += greedy ? `${ANY}*` : `${ANY}*?`;
      continue;
    }
    if (tok === '?') {
      out += ANY;
      continue;
    }
    if (tok === '\\') {
      const peek = runes[i + 1];
      // `}` and `/` are escaped only so they do not end the ${}; the escape is not part of the pattern.
      if (peek === '}' || peek === '/') continue;
      out += '\\';
      i++;
      tok = runes[i] ?? '';
      if (tok !== '*' && tok !== '?' && tok !== '\\') {
        throw new ShellPatternError(`invalid escape '\\${tok === '' ? '\ufffd' : tok}'`);
      }
    } else if (REGEX_SPECIAL.has(tok)) {
      out += '\\';
    }
    out += tok;
  }
  return new RegExp(out, 'u');
}

/** Reverses a pattern without reversing its escapes: `a\*c` → `c\*a`. */
export function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out: string[] = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = runes[i]!;
    const at = last - i;
    if (tok === '\\' && i !== last) {
      out[at - 1] = tok;
      out[at] = runes[i + 1]!;
      i += 2;
    } else {
      out[at] = tok;
      i++;
    }
  }
  return out.join('');
}

/** Reverses a string by code points. */
export function reverseString(s: string): string {
  return Array.from(s).reverse().join('');
}

/** `${VAR#pattern}` / `${VAR##pattern}`: `value` without its shortest/longest matching prefix. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = shellPatternToRegex(pattern, greedy, true).exec(value);
  return m === null ? value : value.slice(m[0].length);
}

/** `${VAR%pattern}` / `${VAR%%pattern}`: `value` without its shortest/longest matching suffix. */
export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}
