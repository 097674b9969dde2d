/**
 * @module
 * Go's `unicode` predicates (`IsSpace`, `IsLetter`, `IsDigit`, `IsPrint`) for single code points.
 * Docker's Dockerfile parser and shell lexer are Go code; their notion of "space" or "letter"
 * decides where words split, so we use Go's definitions rather than JavaScript's.
 */

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const PRINT = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const WHITE_SPACE = /^\p{White_Space}$/u;

/** Go `unicode.IsSpace`: `\t \n \v \f \r`, space, U+0085, U+00A0, and other White_Space runes. */
export function isSpace(ch: string): boolean {
  switch (ch) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case '\u0085':
    case '\u00a0':
      return true;
  }
  return ch.length > 0 && ch > '\u00ff' && WHITE_SPACE.test(ch);
}

/** Go `unicode.IsLetter` (category L). */
export function isLetter(ch: string): boolean {
  if (ch.length === 1 && ch < '\u0080') return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
  return LETTER.test(ch);
}

/** Go `unicode.IsDigit` (category Nd). */
export function isDigit(ch: string): boolean {
  if (ch.length === 1 && ch < '\u0080') return ch >= '0' && ch <= '9';
  return DIGIT.test(ch);
}

/** Go `unicode.IsPrint`: categories L, M, N, P, S and the ASCII space. */
export function isPrint(ch: string): boolean {
  return ch === ' ' || PRINT.test(ch);
}

/** `strings.TrimSpace` with Go's notion of space. */
export function trimSpace(s: string): string {
  return trimRightSpace(trimLeftSpace(s));
}

/** `strings.TrimLeftFunc(s, unicode.IsSpace)`. */
export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s[i]!)) i++;
  return s.slice(i);
}

/** `strings.TrimRightFunc(s, unicode.IsSpace)`. */
export function trimRightSpace(s: string): string {
  let end = s.length;
  while (end > 0 && isSpace(s[end - 1]!)) end--;
  return s.slice(0, end);
}
